import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** One part of a ScanURL report: a region named by its small heading, so it can be found and read. */
export function ScanUrlSection(props: { heading: string; level?: 3 | 4; children: ComponentChildren }) {
  const id = useId();
  const Heading = props.level === 4 ? 'h4' : 'h3';
  return (
    <section class="scanurl-section" aria-labelledby={id}>
      <Heading id={id} class="small-heading">
        {props.heading}
      </Heading>
      {props.children}
    </section>
  );
}
