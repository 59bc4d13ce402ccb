// serialize-javascript ships no types; only the JSON form is used here.
declare module 'serialize-javascript' {
  export default function serialize(value: unknown, options?: { isJSON?: boolean; space?: number; unsafe?: boolean }): string;
}
