declare module 'virtual:fact-figures' {
  const figures: Record<string, import('./fact-format.ts').FactFigure>;
  export default figures;
}
