import { Injectable } from '@nestjs/common';
import type { PlanAction, PlanActionStatus, PlanDetail, PlanStatus } from '@inclusieplein/contract';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { slugify } from '../networks/slug';
import { UserEntity } from '../users/user.entity';
import { BODY_NUMBERING, markdownToParagraphs } from './markdown-docx';
import { PlanViewService } from './plan-view.service';

/** Dutch names of the statuses, as the web app shows them. */
const PLAN_STATUS_NAMES: Record<PlanStatus, string> = {
  idea: 'Idee',
  preparation: 'In voorbereiding',
  adopted: 'Vastgesteld',
  in_progress: 'In uitvoering',
  completed: 'Afgerond',
  paused: 'Gepauzeerd',
};

const ACTION_STATUS_NAMES: Record<PlanActionStatus, string> = {
  open: 'Open',
  in_progress: 'Bezig',
  done: 'Klaar',
  cancelled: 'Vervallen',
};

const dutchDate = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });

/** Formats a `YYYY-MM-DD` deadline as a Dutch date, such as "30 september 2026". */
function formatDeadline(deadline: string): string {
  return dutchDate.format(new Date(`${deadline}T12:00:00Z`));
}

function deadlineText(action: PlanAction): string {
  if (!action.deadline) return '-';
  const date = formatDeadline(action.deadline);
  return action.overdue ? `${date} (te laat)` : date;
}

export interface PlanDocument {
  /** ASCII file name such as `toegankelijke-stembureaus.docx`. */
  fileName: string;
  /** The plan title as file name, for the UTF-8 `filename*` parameter. */
  unicodeFileName: string;
  content: Buffer;
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

function cell(text: string, header = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
}

/** Builds an editable Word document of a plan, in Dutch, with the same access rules as reading the plan. */
@Injectable()
export class PlanExportService {
  constructor(private readonly view: PlanViewService) {}

  async export(planId: string, user: UserEntity | undefined, now: Date = new Date()): Promise<PlanDocument> {
    const plan = await this.view.detail(planId, user);
    const document = new Document({
      title: plan.title,
      creator: 'Inclusieplein',
      numbering: { config: [BODY_NUMBERING] },
      sections: [{ children: this.content(plan, now) }],
    });
    const base = slugify(plan.title);
    return {
      fileName: `${base}.docx`,
      unicodeFileName: `${plan.title}.docx`,
      content: await Packer.toBuffer(document),
    };
  }

  private content(plan: PlanDetail, now: Date): Array<Paragraph | Table> {
    const municipalities = plan.municipalities.map((municipality) => municipality.name).join(', ') || 'Geen';
    const articles =
      plan.crpdArticles.map((article) => `Artikel ${article.number} ${article.titleNl}`).join(', ') || 'Geen';
    return [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(plan.title)] }),
      ...(plan.summary ? [new Paragraph({ children: [new TextRun({ text: plan.summary, italics: true })] })] : []),
      labelled('Status', PLAN_STATUS_NAMES[plan.status]),
      labelled('Netwerk', plan.network.name),
      labelled('Gemeenten', municipalities),
      labelled('Artikelen van het VN-verdrag', articles),
      ...markdownToParagraphs(plan.body),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Acties')] }),
      plan.actions.length ? this.actionsTable(plan) : new Paragraph('Dit plan heeft nog geen acties.'),
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { before: 400 },
        children: [new TextRun({ text: `Gemaakt van versie ${plan.revision} op ${dutchDate.format(now)}`, italics: true })],
      }),
    ];
  }

  private actionsTable(plan: PlanDetail): Table {
    const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
    const header = new TableRow({
      tableHeader: true,
      children: ['Wat', 'Wie', 'Deadline', 'Status'].map((title) => cell(title, true)),
    });
    const rows = plan.actions.map(
      (action) =>
        new TableRow({
          children: [
            cell(action.description),
            cell([action.responsibleMember?.displayName, action.responsibleOrganisation].filter(Boolean).join(', ') || '-'),
            cell(deadlineText(action)),
            cell(ACTION_STATUS_NAMES[action.status]),
          ],
        }),
    );
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [header, ...rows],
    });
  }
}
