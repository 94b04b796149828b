import type { Page } from 'playwright-core';

/**
 * Lists reflow problems on the page as it is now: horizontal scrolling of the document, and
 * elements that cut off their own text (overflow hidden or clip, content wider or taller than
 * the box by more than 2 px). Boxes of 1 px, such as visually hidden texts, are left out.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`the page scrolls horizontally: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`);
    }
    const clips = (value: string) => value === 'hidden' || value === 'clip';
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      if (element.clientWidth <= 1 || element.clientHeight <= 1 || !(element.innerText ?? '').trim()) {
        continue;
      }
      const style = getComputedStyle(element);
      const clippedX = clips(style.overflowX) && element.scrollWidth > element.clientWidth + 2;
      const clippedY = clips(style.overflowY) && element.scrollHeight > element.clientHeight + 2;
      if (clippedX || clippedY) {
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`;
        problems.push(`${name} clips its text (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight})`);
      }
    }
    return problems;
  });
}

/** Lists elements with a transition or animation longer than `maxSeconds`, and running animations. */
export async function motionProblems(page: Page, maxSeconds = 0.01): Promise<string[]> {
  return page.evaluate((limit) => {
    const seconds = (value: string) =>
      Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part) || 0)));
    const problems: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(element);
      const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
      if (style.transitionProperty !== 'none' && seconds(style.transitionDuration) > limit) {
        problems.push(`${name} has a ${style.transitionDuration} transition`);
      }
      if (style.animationName !== 'none' && seconds(style.animationDuration) > limit) {
        problems.push(`${name} has a ${style.animationDuration} animation`);
      }
    }
    for (const animation of document.getAnimations()) {
      const duration = Number(animation.effect?.getTiming().duration ?? 0);
      if (animation.playState === 'running' && duration / 1000 > limit) {
        problems.push(`an animation of ${duration} ms is running`);
      }
    }
    return problems;
  }, maxSeconds);
}

/** Lists visible buttons and button links without a border or outline, which forced colours would make invisible. */
export async function borderlessControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('button, .utrecht-button-link, input:not([type="checkbox"]):not([type="radio"]), select, textarea');
    for (const control of Array.from(controls)) {
      const box = control.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) {
        continue;
      }
      const style = getComputedStyle(control);
      const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
      const bordered = sides.some(
        (side) => style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
      );
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const link = control.matches('.utrecht-link-button, .language-switch__button, .site-nav__button') && style.textDecorationLine.includes('underline');
      if (!bordered && !outlined && !link) {
        problems.push(`<${control.tagName.toLowerCase()}> "${(control.textContent ?? '').trim().slice(0, 40)}" has no border or outline`);
      }
    }
    return problems;
  });
}
