import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A screen with one h1 that takes focus when it appears, so keyboard and screen-reader users land on it; or, with
 * `focus`, the labelled field of that id (the screen's one field, to type in at once).
 */
export function Screen({
  title,
  children,
  eyebrow,
  focus,
  heading,
}: {
  title: string;
  /** The h1 as marked-up text, where part of the title is in another language (a source's title); else `title`. */
  heading?: ComponentChildren;
  children: ComponentChildren;
  /** A line shown above the heading, such as the section of the questions. */
  eyebrow?: ComponentChildren;
  /** The id of a field to focus instead of the heading. */
  focus?: string;
}) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Unknot`;
    (document.getElementById(focus ?? '') ?? h1.current)?.focus();
  }, [title, focus]);
  return (
    <>
      {eyebrow}
      <h1 ref={h1} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
