import type { Member } from '@inclusieplein/contract';
import { Button, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { focusElement } from '../../a11y/focus';
import { FieldFrame, TextAreaField, TextField } from '../../forms/fields';
import type { FormController } from '../../forms/useForm';
import { actionField, newActionRow, PLAN_ACTION_STATUSES, type ActionRow } from './planValues';

interface ActionsEditorProps {
  form: FormController;
  rows: ActionRow[];
  /** Members of the network, or undefined while they load or when the reader may not see them. */
  members: Member[] | undefined;
  onChange: (rows: ActionRow[]) => void;
}

/**
 * Adds and removes actions of a plan. Each action is its own fieldset, so screen readers
 * announce "Actie 2" before its fields. Adding focuses the new action. Removing focuses the add button.
 */
export function ActionsEditor({ form, rows, members, onChange }: ActionsEditorProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // The add button carries the id of the whole list, so an error summary link for "actions" lands on it.
  const addId = form.fieldId('actions');
  const error = form.errorFor('actions');

  const update = (index: number, patch: Partial<ActionRow>) =>
    onChange(rows.map((row, position) => (position === index ? { ...row, ...patch } : row)));

  const add = () => {
    onChange([...rows, newActionRow()]);
    announce(t('plans.form.actions.added', { number: rows.length + 1 }));
    // The new row renders on the next frame. Its description field then takes focus.
    window.requestAnimationFrame(() => focusElement(document.getElementById(form.fieldId(actionField(rows.length, 'description')))));
  };

  const remove = (index: number) => {
    onChange(rows.filter((_row, position) => position !== index));
    announce(t('plans.form.actions.removed', { number: index + 1 }));
    focusElement(document.getElementById(addId));
  };

  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={`${form.fieldId('actions')}-hint`}>
      <FieldsetLegend>
        {t('plans.form.actions.legend')} <span className="field-optional">{t('forms.optional')}</span>
      </FieldsetLegend>
      <FormFieldDescription id={`${form.fieldId('actions')}-hint`}>{t('plans.form.actions.hint')}</FormFieldDescription>
      {error && <FormFieldErrorMessage id={`${form.fieldId('actions')}-error`}>{error}</FormFieldErrorMessage>}
      {rows.length === 0 && <p className="muted">{t('plans.form.actions.none')}</p>}
      {rows.map((row, index) => {
        const number = index + 1;
        const memberFieldId = form.fieldId(`action-${index}-member`);
        return (
          <Fieldset key={row.key} className="action-row">
            <FieldsetLegend>{t('plans.form.actions.heading', { number })}</FieldsetLegend>
            <TextAreaField
              form={form}
              name={actionField(index, 'description')}
              rows={2}
              label={t('plans.form.actions.description')}
              value={row.description}
              onChange={(description) => update(index, { description })}
            />
            <FieldFrame form={form} name={`action-${index}-member`} optional label={t('plans.form.actions.member')}>
              {() => (
                <Select
                  id={memberFieldId}
                  value={row.responsibleMemberId}
                  busy={members === undefined}
                  onChange={(event) => update(index, { responsibleMemberId: event.target.value })}
                >
                  <SelectOption value="">{t('plans.form.actions.noMember')}</SelectOption>
                  {/* Keeps a saved choice visible while the members load. */}
                  {members === undefined && row.responsibleMemberId !== '' && (
                    <SelectOption value={row.responsibleMemberId}>{row.responsibleMemberId}</SelectOption>
                  )}
                  {(members ?? []).map((member) => (
                    <SelectOption key={member.person.id} value={member.person.id}>
                      {member.person.displayName}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </FieldFrame>
            <TextField
              form={form}
              name={`action-${index}-organisation`}
              optional
              label={t('plans.form.actions.organisation')}
              description={t('plans.form.actions.organisationHint')}
              value={row.responsibleOrganisation}
              onChange={(responsibleOrganisation) => update(index, { responsibleOrganisation })}
            />
            <FieldFrame form={form} name={actionField(index, 'deadline')} optional label={t('plans.form.actions.deadline')}>
              {(ids, invalid) => (
                <Textbox
                  id={ids.id}
                  type="date"
                  value={row.deadline}
                  invalid={invalid}
                  aria-invalid={invalid || undefined}
                  aria-describedby={ids.describedBy}
                  onChange={(event) => update(index, { deadline: event.target.value })}
                />
              )}
            </FieldFrame>
            <FieldFrame form={form} name={`action-${index}-status`} label={t('plans.form.actions.status')}>
              {(ids) => (
                <Select
                  id={ids.id}
                  value={row.status}
                  onChange={(event) => update(index, { status: event.target.value as ActionRow['status'] })}
                >
                  {PLAN_ACTION_STATUSES.map((status) => (
                    <SelectOption key={status} value={status}>
                      {t(`plans.actionStatus.${status}`)}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </FieldFrame>
            <Button type="button" appearance="secondary-action-button" onClick={() => remove(index)}>
              {t('plans.form.actions.remove', { number })}
            </Button>
          </Fieldset>
        );
      })}
      <Button id={addId} type="button" appearance="secondary-action-button" onClick={add}>
        {t('plans.form.actions.add')}
      </Button>
    </Fieldset>
  );
}
