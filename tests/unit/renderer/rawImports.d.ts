/** A fixture file's text, as Vite reads `file?raw` (used for clipboard HTML fixtures). */
declare module '*?raw' {
  const text: string;
  export default text;
}
