import { normalizeArabic } from './normalize.ts';

/** Arabic function words (normalised spelling): never terms, never content features. */
export const AR_STOPWORDS: ReadonlySet<string> = new Set(
  `في من على الى إلى عن ان أن إن إنه انه أنه مع بين هذا هذه ذلك تلك هو هي هم هن نحن انا أنا انت التي الذي الذين اللذين
  اللتين اللواتي ما ماذا لا لم لن قد كان كانت كانوا يكون تكون ثم او أو أم بل لكن كل بعض أي اي حتى اذا إذا لو منذ عند
  كما وقد فقد وكان ولا وفي ومن وعلى الا إلا غير فيه فيها منه منها عليه عليها اليه إليه اليها إليها به بها له لها لهم
  هناك هنا حيث حين بعد قبل خلال ضد حول دون نحو لدى لدي ايضا أيضا فقط مثل وفقا وفقًا يوم تم تمت التى اذ إذ كي لكي
  عبر ازاء إزاء بشأن جدا جداً ذات ذو ليس ليست وهو وهي فيما بما مما عما كيف متى أين اين`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalizeArabic),
);

export function isArabicStopword(normalizedWord: string): boolean {
  return AR_STOPWORDS.has(normalizedWord);
}
