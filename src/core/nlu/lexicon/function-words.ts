/**
 * Frequent short words per Latin-script language (folded: no accents), used to tell apart English,
 * French, Spanish, Portuguese, Tagalog and Hindi, Punjabi or Urdu typed in Latin letters. A word may
 * belong to several languages; the language with the most hits wins. They also protect common
 * words from typo correction ("there" must not become "where").
 */
export const LATIN_FUNCTION_WORDS = {
  en: "here there then than some same what when were went want will with the is are am i im my me you your what how where when which who can could do does did of to and for it its in on at with this that there their have has was will would should please pls any an a get got just not no yes hi hello hey thanks our we he she his her him they them from about after before why yet still been being ever",
  fr: "le la les de des du un une est et je j mon ma mes ton ta pour que qui quoi dans avec pas ce ca cette sur ou comment combien vous tu suis ai a au aux ne plus depuis quel quelle quels svp merci bonjour salut l d qu c s est moi mais notre nos votre leur elle il on y veut dire demande peut",
  es: "semana cada todos el la los las de del un una es y mi mis tu que por para con en lo se como donde cuanto cuando puedo tengo quiero ya pero esta estoy hola gracias porque cual cuales eso este esto si no me le su sus al hay solicitud desde pedi",
  pt: "toda todo semana lembre em comigo com ao pro vc voce o a os as de do da dos das um uma e meu minha meus minhas que para pra com em no na nos nas como onde quanto quando posso tenho quero ja mas esta estou ola oi obrigado voce eu ele ela dele dela isso este esse pedido nao tem sou foi vai pedi nova novo dados todos",
  tl: "ang ng sa ko mo ako ka siya niya namin natin kami tayo yung ba na pwede puwede ano saan paano pano po nun naman lang din rin ito iyan yan kung kasi may wala hindi oo sana para mga si ni kay nag mag gaano katagal bago kailan ilang nasa dito doon talaga opo kapag pag kaya muna tanghali tanghalian umaga hapon gabi alas",
  hi: "mera meri mere hai hain ka ki ke kya kaise kahan kaha mein me mujhe mujhse karo kitna lagta lagega bhai apna de do maine tha thi se aur nahi dikhao baat kar hoga raha rahi abhi kab iska uska yeh woh koi jab tak ho gaya kiya",
  pa: "te likhya likheya kive kiwe eh oh vich nal ton ditta hoya hoyi gayi da di de nu kithe kinna lagda lagdi hega hun mainu tuhanu sanu tusi tuhada sada kiven dasso ji hai haan nahi ki ho gaya mera meri kithon kitho karan sakda sakdi sakde apne apni kado kadon chahida kidda kiddan aauga milu jau jauga hou houga hunda hundi janda jandi karde dasdo vekh labh ch asi assi kiha ajje kariye devange deya changi lod ohda ohdi ohde ithe othe kinni kinne gal dasyo saade sade mahineya chak",
  /** Words Roman Urdu uses and Hinglish does not (greetings, Perso-Arabic loans, places): they tell the two apart. */
  ur: "assalam assalamu alaikum alaikum walaikum salam ammi abbu masla masle mutabiq jabke jabkay shamil shukriya shukria meharbani mehrbani inshallah mashallah alhamdulillah janab khuda hafiz pakistan pakistani lahore karachi islamabad rawalpindi faisalabad peshawar multan sialkot darkhwast ijazat muddat tafseel maloomat zaroorat behtar",
} as const;
