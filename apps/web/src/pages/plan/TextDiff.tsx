import { diffLines, type Change } from 'diff';
import { useTranslation } from 'react-i18next';

export type DiffLayout = 'side-by-side' | 'inline';

export interface DiffCounts {
  added: number;
  removed: number;
}

/** Splits a part of a line diff into its lines, without the empty string after a final newline. */
function partLines(part: Change): string[] {
  const lines = part.value.split('\n');
  if (lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines;
}

/** Line diff of two texts. Each text ends with a newline, so a changed last line counts as one change. */
export function lineChanges(before: string, after: string): Change[] {
  const withEnd = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);
  return diffLines(withEnd(before), withEnd(after));
}

export function countChanges(changes: Change[]): DiffCounts {
  let added = 0;
  let removed = 0;
  for (const part of changes) {
    if (part.added) added += partLines(part).length;
    if (part.removed) removed += partLines(part).length;
  }
  return { added, removed };
}

function Removed({ line }: { line: string }) {
  const { t } = useTranslation();
  return (
    <del className="diff-line diff-line--removed">
      <span className="diff-label">{t('plans.compare.removed')}</span> {line || t('plans.compare.emptyLine')}
    </del>
  );
}

function Added({ line }: { line: string }) {
  const { t } = useTranslation();
  return (
    <ins className="diff-line diff-line--added">
      <span className="diff-label">{t('plans.compare.added')}</span> {line || t('plans.compare.emptyLine')}
    </ins>
  );
}

function Unchanged({ line }: { line: string }) {
  return <span className="diff-line">{line || '\u00a0'}</span>;
}

interface TextDiffProps {
  changes: Change[];
  layout: DiffLayout;
  beforeLabel: string;
  afterLabel: string;
}

/**
 * Shows a line diff that does not depend on colour: removed lines are `<del>` with a visible
 * "Verwijderd:" label and a strike, added lines `<ins>` with "Toegevoegd:" and an underline.
 */
export function TextDiff({ changes, layout, beforeLabel, afterLabel }: TextDiffProps) {
  const { t } = useTranslation();
  const render = (keep: (part: Change) => boolean) => {
    const lines = changes.filter(keep).flatMap((part, partIndex) =>
      partLines(part).map((line, lineIndex) => {
        const key = `${partIndex}-${lineIndex}`;
        if (part.removed) return <Removed key={key} line={line} />;
        if (part.added) return <Added key={key} line={line} />;
        return <Unchanged key={key} line={line} />;
      }),
    );
    return lines.length > 0 ? lines : <span className="diff-line">{t('plans.compare.empty')}</span>;
  };

  if (layout === 'inline') {
    return <div className="diff diff--inline">{render(() => true)}</div>;
  }
  return (
    <div className="diff-columns">
      <div className="diff-column">
        <p className="diff-column__title">{beforeLabel}</p>
        <div className="diff">{render((part) => !part.added)}</div>
      </div>
      <div className="diff-column">
        <p className="diff-column__title">{afterLabel}</p>
        <div className="diff">{render((part) => !part.removed)}</div>
      </div>
    </div>
  );
}
