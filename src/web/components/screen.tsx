import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** A screen with one h1 that takes focus when it appears, so keyboard and screen-reader users land on it. */
export function Screen({
  title,
  children,
  eyebrow,
}: {
  title: string;
  children: ComponentChildren;
  /** A line shown above the heading, such as the section of the questions. */
  eyebrow?: ComponentChildren;
}) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Unknot`;
    h1.current?.focus();
  }, [title]);
  return (
    <>
      {eyebrow}
      <h1 ref={h1} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
