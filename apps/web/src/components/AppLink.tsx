import { forwardRef } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router-dom';

type Appearance = 'link' | 'primary-button' | 'secondary-button';

const CLASS_NAMES: Record<Appearance, string> = {
  link: 'utrecht-link utrecht-link--html-a',
  'primary-button': 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action',
  'secondary-button': 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action',
};

interface AppLinkProps extends RouterLinkProps {
  appearance?: Appearance;
}

/** Link inside the app, routed without a page load and styled as an NL Design System link or button link. */
export const AppLink = forwardRef<HTMLAnchorElement, AppLinkProps>(function AppLink(
  { appearance = 'link', className, ...props },
  ref,
) {
  const classes = [CLASS_NAMES[appearance], className].filter(Boolean).join(' ');
  return <RouterLink ref={ref} className={classes} {...props} />;
});
