import type { ReactNode } from 'react';
import { PageHeading } from '../../a11y/PageHeading';
import { AppLink } from '../../components/AppLink';
import { EasyReadIcon, type IconName } from './icons';

export interface EasyReadLine {
  icon?: IconName;
  text: string;
}

interface EasyReadPageProps {
  title: string;
  back: { to: string; label: string };
  children: ReactNode;
}

/** Renders the frame of an easy-read page: a back link, one heading, large text and wide spacing. */
export function EasyReadPage({ title, back, children }: EasyReadPageProps) {
  return (
    <div className="easy-read">
      <p className="easy-read__back">
        <AppLink to={back.to}>
          <span aria-hidden="true">← </span>
          {back.label}
        </AppLink>
      </p>
      <PageHeading title={title} />
      {children}
      <p className="easy-read__back">
        <AppLink to={back.to}>
          <span aria-hidden="true">← </span>
          {back.label}
        </AppLink>
      </p>
    </div>
  );
}

/** Renders one part of an easy-read page: a heading and a list of lines, one message per line. */
export function EasyReadSection({ title, lines, children }: { title: string; lines: EasyReadLine[]; children?: ReactNode }) {
  return (
    <section className="easy-read__section">
      <h2 className="utrecht-heading-2 easy-read__heading">{title}</h2>
      <ul className="easy-read__lines">
        {lines.map((line) => (
          <li key={line.text} className="easy-read__line">
            {line.icon ? <EasyReadIcon name={line.icon} /> : <span className="easy-read__icon-space" />}
            <span>{line.text}</span>
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}

/** Renders a link styled as a large button, with an icon that supports its text. */
export function EasyReadAction({ to, icon, children }: { to: string; icon: IconName; children: ReactNode }) {
  return (
    <AppLink to={to} appearance="primary-button" className="easy-read__action">
      <EasyReadIcon name={icon} />
      <span>{children}</span>
    </AppLink>
  );
}
