/** English function words: never terms, never content features. */
export const EN_STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if of in on at to for from by with about as into onto over under between among through during
  before after above below up down out off again further then once here there when where why how all any both each few
  more most other some such no nor not only own same so than too very can will just should now is are was were be been
  being have has had having do does did doing would could might must shall may it its it's itself they them their theirs
  themselves he him his himself she her hers herself we us our ours ourselves you your yours yourself i me my myself
  this that these those what which who whom whose am also according said says say let us well including`
    .split(/\s+/)
    .filter(Boolean),
);
