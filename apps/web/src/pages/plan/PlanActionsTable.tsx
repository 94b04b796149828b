import type { PlanAction } from '@inclusieplein/contract';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** Actions of a plan as a table. An overdue deadline gets the word "te laat" and a sign, never colour alone. */
export function PlanActionsTable({ actions }: { actions: PlanAction[] }) {
  const { t } = useTranslation();
  const format = useFormat();

  if (actions.length === 0) {
    return <Paragraph>{t('plans.view.noActions')}</Paragraph>;
  }

  return (
    <div className="table-scroll">
      <table className="utrecht-table plan-actions">
        <caption className="utrecht-table__caption visually-hidden">{t('plans.view.actionsTitle')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('plans.view.columnWhat')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('plans.view.columnWho')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('plans.view.columnDeadline')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('plans.view.columnStatus')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {actions.map((action) => {
            const responsible = [action.responsibleMember?.displayName, action.responsibleOrganisation].filter(Boolean).join(', ');
            return (
              <tr key={action.id} className={action.overdue ? 'utrecht-table__row plan-actions__overdue' : 'utrecht-table__row'}>
                <td className="utrecht-table__cell">{action.description}</td>
                <td className="utrecht-table__cell">{responsible || t('plans.view.nobody')}</td>
                <td className="utrecht-table__cell">
                  {action.deadline ? <time dateTime={action.deadline}>{format.date(action.deadline)}</time> : t('plans.view.noDeadline')}
                  {action.overdue && (
                    <strong className="overdue">
                      {' '}
                      <span aria-hidden="true" className="overdue__icon">
                        ⚠
                      </span>{' '}
                      {t('plans.view.overdue')}
                    </strong>
                  )}
                </td>
                <td className="utrecht-table__cell">{t(`plans.actionStatus.${action.status}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
