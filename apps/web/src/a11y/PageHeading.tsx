import { Heading1 } from '@utrecht/component-library-react';
import { useRef, type ReactNode } from 'react';
import { useRouteHeading } from './routeFocus';

interface PageHeadingProps {
  /** Page name for `document.title`; also the heading text unless children are given. */
  title: string;
  children?: ReactNode;
}

/** Renders the one h1 of a page, which takes focus after a route change so screen readers start there. */
export function PageHeading({ title, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useRouteHeading(title, ref);

  return (
    <Heading1 ref={ref} className="page-heading">
      {children ?? title}
    </Heading1>
  );
}
