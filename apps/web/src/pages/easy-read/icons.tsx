/**
 * Simple line icons for the easy-read pages. They only support the text next to them,
 * so every icon is hidden from screen readers and never carries meaning on its own.
 */
import type { ReactNode } from 'react';

export type IconName =
  | 'website'
  | 'people'
  | 'talk'
  | 'question'
  | 'person'
  | 'townHall'
  | 'agreement'
  | 'flag'
  | 'work'
  | 'house'
  | 'bus'
  | 'read'
  | 'write'
  | 'lockOpen'
  | 'lockClosed'
  | 'helper'
  | 'account'
  | 'key'
  | 'list'
  | 'click'
  | 'check'
  | 'cross'
  | 'help';

const PATHS: Record<IconName, ReactNode> = {
  website: (
    <>
      <rect x="3" y="4" width="18" height="14" rx="2" />
      <path d="M3 8h18M8 21h8M12 18v3" />
    </>
  ),
  people: (
    <>
      <circle cx="8" cy="8" r="3" />
      <circle cx="16" cy="8" r="3" />
      <path d="M2 20c0-3.3 2.7-6 6-6s6 2.7 6 6M10 20c0-3.3 2.7-6 6-6s6 2.7 6 6" />
    </>
  ),
  talk: (
    <>
      <path d="M3 5h12v8H8l-4 3v-3H3z" />
      <path d="M15 9h6v8h-1v3l-4-3h-5v-4" />
    </>
  ),
  question: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5v.5" />
    </>
  ),
  person: (
    <>
      <circle cx="12" cy="7" r="4" />
      <path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8" />
    </>
  ),
  townHall: <path d="M3 21h18M4 10h16M12 3l9 5H3zM6 10v11M10 10v11M14 10v11M18 10v11" />,
  agreement: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M15 3v4h4M9 11h7M9 15h7M9 19h4" />
    </>
  ),
  flag: <path d="M5 21V4M5 4h12l-2 4 2 4H5" />,
  work: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M9 7V5h6v2M3 12h18" />
    </>
  ),
  house: <path d="M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10" />,
  bus: (
    <>
      <rect x="5" y="3" width="14" height="15" rx="2" />
      <path d="M5 11h14M8 18v3M16 18v3" />
      <circle cx="8.5" cy="14.5" r="1" />
      <circle cx="15.5" cy="14.5" r="1" />
    </>
  ),
  read: <path d="M12 6c-2-1.5-5-2-9-2v14c4 0 7 .5 9 2 2-1.5 5-2 9-2V4c-4 0-7 .5-9 2zM12 6v14" />,
  write: <path d="M4 20h4L19 9l-4-4L4 16zM13 7l4 4" />,
  lockOpen: (
    <>
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 7.5-2" />
    </>
  ),
  lockClosed: (
    <>
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </>
  ),
  helper: (
    <>
      <circle cx="12" cy="7" r="4" />
      <path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8M12 13l-2 4 2 2 2-2z" />
    </>
  ),
  account: (
    <>
      <circle cx="10" cy="8" r="4" />
      <path d="M2 21c0-4.4 3.6-8 8-8 1.5 0 2.9.4 4 1.1M18 14v6M15 17h6" />
    </>
  ),
  key: (
    <>
      <circle cx="8" cy="15" r="4" />
      <path d="M11 12l9-9M16 7l3 3M14 9l2 2" />
    </>
  ),
  list: <path d="M9 6h12M9 12h12M9 18h12M4 6h1M4 12h1M4 18h1" />,
  click: <path d="M9 3v9l2.5-2 2 5 2-1-2-5H17z" />,
  check: <path d="M4 12l5 5L20 6" />,
  cross: <path d="M6 6l12 12M18 6L6 18" />,
  help: (
    <>
      <path d="M3 5h18v12H9l-5 4v-4H3z" />
      <path d="M12 9v3M12 14.5v.5" />
    </>
  ),
};

/** Renders one icon at 48 × 48 CSS pixels, hidden from assistive technology. */
export function EasyReadIcon({ name }: { name: IconName }) {
  return (
    <svg
      className="easy-read__icon"
      viewBox="0 0 24 24"
      width="48"
      height="48"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
