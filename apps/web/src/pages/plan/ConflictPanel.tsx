import type { PlanDetail } from '@inclusieplein/contract';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { lineChanges, TextDiff } from './TextDiff';
import type { PlanFormValues } from './planValues';

interface ConflictPanelProps {
  /** The person's own text as it was when the save was rejected. */
  mine: PlanFormValues;
  current: PlanDetail;
  /** True once the newer version was loaded into the form. */
  takenOver: boolean;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}

/** The person's version beside the newer saved one, with the two ways out of the conflict. */
export function ConflictPanel({ mine, current, takenOver, onTakeTheirs, onKeepMine }: ConflictPanelProps) {
  const { t } = useTranslation();
  const theirsLabel = t('plans.conflict.theirs', { revision: current.revision, name: current.updatedBy.displayName });
  const mineLabel = t('plans.conflict.mine');

  const pair = (label: string, own: string, theirs: string) => (
    <div className="conflict-pair">
      <Heading3>{label}</Heading3>
      <div className="diff-columns">
        <div className="diff-column">
          <p className="diff-column__title">{mineLabel}</p>
          <div className="conflict-text">{own || t('plans.compare.empty')}</div>
        </div>
        <div className="diff-column">
          <p className="diff-column__title">{theirsLabel}</p>
          <div className="conflict-text">{theirs || t('plans.compare.empty')}</div>
        </div>
      </div>
    </div>
  );

  return (
    <section aria-labelledby="plan-conflict-heading" className="panel conflict-panel">
      <Heading2 id="plan-conflict-heading">{t('plans.conflict.title')}</Heading2>
      <Paragraph>{t('plans.conflict.intro', { name: current.updatedBy.displayName, revision: current.revision })}</Paragraph>
      <Paragraph>{takenOver ? t('plans.conflict.tookTheirs') : t('plans.conflict.choose')}</Paragraph>
      {pair(t('plans.form.title'), mine.title, current.title)}
      {pair(t('plans.form.summary'), mine.summary, current.summary)}
      {pair(t('plans.form.body'), mine.body, current.body)}
      <Heading3>{t('plans.conflict.bodyDiff')}</Heading3>
      <Paragraph className="muted">{t('plans.conflict.bodyDiffHint')}</Paragraph>
      <TextDiff changes={lineChanges(current.body, mine.body)} layout="inline" beforeLabel={theirsLabel} afterLabel={mineLabel} />
      <ButtonGroup>
        <Button type="button" appearance="secondary-action-button" onClick={onTakeTheirs}>
          {t('plans.conflict.takeTheirs')}
        </Button>
        <Button type="button" appearance="primary-action-button" onClick={onKeepMine}>
          {t('plans.conflict.keepMine')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
