// A translated text with elements in it ("run {command} first", the command in <code>): the
// catalogue's text is split at its `{name}`s and each is replaced by its element, so a
// translation may put them in whatever order its grammar wants.
import { Fragment, type ReactNode } from "react";

/** `text` with each `{name}` of `parts` replaced by that element; other text as it is. */
export function richText(text: string, parts: Record<string, ReactNode>): ReactNode {
  return text.split(/(\{\w+\})/).map((piece, i) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    const part = name === undefined ? undefined : parts[name];
    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed text, in order.
    return <Fragment key={i}>{part === undefined ? piece : part}</Fragment>;
  });
}

/** Each parameter name as itself, so t() hands back its text with the `{name}`s still in it. */
export const keep = <N extends string>(...names: N[]) =>
  Object.fromEntries(names.map((n) => [n, `{${n}}`])) as Record<N, string>;
