import type { Lexicon } from "./types.js";

/**
 * Phrasings that point to one intent, with weights: a question form ("how long", "what does it
 * mean", "where can I check") weighs about 3, a hint ("online", "tracker") 0.5-1. The understander
 * adds the weights of everything found and combines them with slots and cues (a status label leans
 * to status-meaning, a third-party role to access). Reminder, forget and language intents come from
 * cues in cues.ts, since they need two parts ("stop" + "reminder").
 */
export const INTENT_LEXICON: Lexicon = {
  trackable: [
    "donde reviso^3|donde consulto^3|donde veo^3|donde puedo ver^3|donde checo^3|donde rastreo^3|donde sigo^3|onde vejo^3|onde acompanho^3|onde consulto^3|onde posso ver^3|onde verifico^3|onde checo^3|أين أتابع^3|اين اتابع^3|وين أتابع^3|وين اتابع^3|وين اشوف^3|وين أشوف^3|أين أرى^3|أين أتحقق^3|من أين^2|کجا چک^3|کجا پیگیری^3|از کجا^2.5|де відстежити^3|де дізнатися^3|де глянути^3|де побачити^3|在哪查^3|在哪里查^3|哪里能查^3|去哪里查^3|在哪儿看^3|saan ko ma check^3|saan ko pwede makita^3|saan pwede i check^3|saan ko matitingnan^3|saan ko ma track^3|saan ko ma follow up^3",
    "ਕਿੱਥੋਂ^1.5|ਕਿਥੋਂ^1.5|ਕਿੱਥੋਂ ਚੈੱਕ^3|ਕਿੱਥੇ ਚੈੱਕ^3|ਕਿੱਥੇ ਦੇਖ*^3|ਕਿੱਥੇ ਵੇਖ*^3|ਚੈੱਕ ਕਰਾਂ^2|ਚੈੱਕ ਕਰ ਸਕਦਾ^1.5|ਟਰੈਕ ਕਰ*^2|kithon^1.5|kitho^1.5|kithe check^3|kithe dekh*^3|kiwe check^2.5|kive check^2.5|kidda check^2.5|kahan dekh*^3|kaha dekh*^3|kahan check^3|kaha check^3|कहाँ देख*^3|कहां देख*^3|कहाँ चेक^3|कहां चेक^3|कहाँ ट्रैक^3|कहां ट्रैक^3|कहाँ से^2|कहां से^2|کہاں دیکھ*^3|کہاں چیک^3|کہاں ٹریک^3|کہاں سے^2",
    "how do i know the status^2.5|how can i see^2.5|how can i follow^2.5|how do i follow^2.5|how can i find out^2.5|how to track^2.5|is it possible to track^2.5|can it be tracked^2.5|where^1.5|where can i^3|where do i^3|where to^2.5|where will i^3|where should i^3|where is my^2|track^1.5|tracking^1.5|trackable^2|follow^1.5|follow up on^1.5|follow the progress^2.5|status online^1.5|online^1|check online^1.5|check the status^1|check status^1|check my status^1|see updates^1.5|which site^2.5|which website^2.5|what website^2.5|which portal^2.5|what portal^2|which tool^2.5|is there any online^2.5|is there an online^2.5|online portal^2|online tracker^2|anywhere online^2|somewhere^1|look up^1|how do i check^2.5|how can i check^2.5|how to check^2.5|how do i track^2.5",
    "comment savoir ou^2.5|comment consulter^2.5|comment voir^2.5|ou je peux^3|ou je vois^3|ou est ce que je peux^3|voir l etat^1.5|ou suivre^3|ou est ce que^2.5|ou puis je^3|ou voir^3|ou verifier^3|ou consulter^3|ou trouver^2|ou en est^2|suivre^1.5|suivi en ligne^2|en ligne^0.5|consulter l etat^1.5|verifier le statut^1.5|verifier l etat^1.5|comment suivre^3|comment verifier^2.5",
    "como puedo ver^2.5|como puedo consultar^2.5|como sigo^2.5|como rastreo^2.5|como verifico^2.5|donde^1.5|seguir^1.5|seguimiento^1.5|rastrear^1.5|en linea^0.5|ver el estado^1.5|reviso el estado^1.5|revisar el estado^1.5|consultar el estado^1.5|como reviso^2.5|como consulto^2.5",
    "como vejo^2.5|como consulto^2.5|como verifico^2.5|como faco para acompanhar^3|como posso ver^2.5|tem como ver^2.5|tem como acompanhar^2.5|da pra ver^2.5|da para ver^2.5|consigo ver^2|ver online^2|onde^1.5|acompanh*^1.5|como acompanho^3|ver o status^1.5|consultar o status^1.5|verificar o status^1.5|online^0.5",
    "paano ko ma check^3|paano i track^3|pano makita^2.5|ma check^1|paano malalaman^2.5|saan^1.5|saan ko makikita^3|saan makikita^3|pano i check^3|paano i check^3|paano ko makikita^3|paano makita^2.5|i check ang status^2|i track^1.5",
    "怎么看^2.5|如何查看^2.5|在哪里看^3|去哪查^3|网上查^2.5|在哪^2|哪里^2|哪儿^2|怎么查^3|如何查^3|查询^1.5|查状态^2.5|查看状态^2.5|跟踪^1.5|追踪^1.5|追踪器^0|跟踪器^0|在线^0.5|网上^0.5",
    "कैसे पता करें^2.5|कैसे जानें^2|स्टेटस कैसे^2|ट्रैक करें^2|kaise pata^2.5|kaise track^2.5|kahan^1.5|kaha^1.5|kahaan^1.5|kaise dekhe^2.5|kaise check^2.5|status check^1|कहाँ^1.5|कहां^1.5|कैसे देखें^2.5|कैसे चेक^2.5|ट्रैक^1.5|ऑनलाइन^1|देख सकता^1.5|देख सकती^1.5|देखूं^1.5|देखें^1.5|चेक कर सकता^1.5|check kar sakta^1.5|dekh sakta^1.5",
    "ਕਿਵੇਂ ਪਤਾ^2.5|ਕਿਵੇਂ ਦੇਖਾਂ^2.5|ਕਿੱਥੇ^1.5|ਕਿਥੇ^1.5|ਕਿਵੇਂ ਵੇਖੀਏ^2.5|ਕਿਵੇਂ ਵੇਖਾਂ^2.5|ਕਿਵੇਂ ਦੇਖੀਏ^2.5|ਕਿਵੇਂ ਚੈੱਕ^2.5|ਆਨਲਾਈਨ^0.5|kithe^1.5",
    "کیسے معلوم^2.5|کیسے پتہ^2.5|کہاں^1.5|کیسے دیکھ*^2.5|کیسے چیک^2.5|آن لائن^1|آنلائن^1|دیکھ سکتا^1.5|دیکھ سکتی^1.5|دیکھوں^1.5|چیک کر سکتا^1.5|ٹریک^1.5",
    "چطور ببینم^2.5|چگونه پیگیری^3|چطوری چک کنم^2.5|چک کنم^1.5|پیگیری کنم^2|کجا^1.5|کجا ببینم^3|چطور پیگیری^3|پیگیری^1.5|آنلاین^1|ببینم^1|ردیابی^1.5",
    "كيف اعرف^2.5|كيف أعرف^2.5|كيف أتحقق^2.5|التحقق من حالة^2|معرفة حالة^2|أين^1.5|اين^1.5|تتبع^1.5|أتابع^1.5|اتابع^1.5|متابعة^1.5|كيف أتابع^3|عبر الإنترنت^0.5",
    "де перевірити^3|де подивитись^3|де можна^2.5|як перевірити^2.5|як відстежити^3|де подивитися^3|де дивитися^3|як дізнатися^2.5|де^1.5|відстежувати^1.5|відстежити^1.5|відстеж*^1.5|перевірити статус^1.5|онлайн^1",
  ],
  access: [
    "se me permite^2.5|tengo derecho^2.5|tengo permitido^2.5|me dejan ver^2.5|me permiten ver^2.5|tenho direito^2.5|tenho permissao^2.5|posso ter acesso^2.5|ai je le droit^2.5|j ai le droit^2.5|est il permis^2.5|suis je autorise^2.5|suis je autorisee^2.5|am i permitted^2.5|am i entitled^2.5|is it allowed^2.5|do i have the right^2.5|allowed to see^2.5|allowed to check^2.5|bawal ba^2|allowed ba^2.5|may karapatan^2.5|يحق لي^2.5|هل يحق^2.5|مسموح لي^2.5|يسمح لي^2.5|الاطلاع على^2|اجازه دارم^2.5|حق دارم^2.5|مجاز هستم^2.5|اجازه هست^2.5|اجازت ہے^2.5|کی اجازت^2|حق ہے^2|маю право^2.5|чи дозволено^2.5|чи можна мені^2.5|मुझे अनुमति^2.5|अनुमति है^2.5|इजाजत है^2.5|ijazat hai^2.5|allowed hai^2.5|ਇਜਾਜ਼ਤ ਹੈ^2.5|ਆਗਿਆ ਹੈ^2.5|允许我^2.5|有权^2.5|能不能看^2|能否查看^2|能看^1.5|可以看^1.5|可以查看^1.5",
    "access^2.5|allowed^2|permitted^2|is that ok^2|is this ok^2|is it ok^2|is that okay^2|is it legal^2|password^2.5|passcode^2.5|credentials^2.5|login details^2.5|log in to her^2.5|log in to his^2.5|log into her^2.5|log into his^2.5|his login^2|her login^2|create an account for^2.5|create a tracker account^2.5|create a tracker account for^3|open my own account^2.5|my own account^1.5|my part^2|my own part^2.5|mi parte^2|ma partie^2|minha parte^2|his part^2.5|her part^2.5|their part^2.5|part of the file^2|who can see^3|who can check^3|who has access^3|on behalf of^2|see her^1|see his^1|check her^1|check his^1",
    "acces^2.5|c est correct^2|est ce permis^2|ai je le droit^2.5|mot de passe^2.5|identifiants^2.5|creer un compte^2.5|sa partie^2.5|qui peut voir^3|au nom de^2|pour lui^1|pour elle^1",
    "acceso^2.5|esta permitido^2|es legal^2|contrasena^2.5|credenciales^2.5|crear una cuenta^2.5|su parte^2.5|quien puede ver^3|en nombre de^2|acesso^2.5|e permitido^2|senha^2.5|criar conta^2.5|criar uma conta^2.5|parte dele^2.5|parte dela^2.5|quem pode ver^3|em nome de^2",
    "gumawa ng account^2.5|password niya^2.5|pwede ba yun^2|访问^2|权限^2.5|密码^2.5|创建账户^2.5|注册账户^2.5|谁能看^3|可以吗^1|पासवर्ड^2.5|अकाउंट बना*^2.5|पहुंच^2|कौन देख सकता^3|password de^2.5|ਪਾਸਵਰਡ^2.5|ਖਾਤਾ ਬਣਾ*^2.5|ਪਹੁੰਚ^2",
    "پاس ورڈ^2.5|پاسورڈ^2.5|رسائی^2.5|اکاؤنٹ بنا*^2.5|کون دیکھ سکتا^3|كلمة المرور^2.5|كلمة السر^2.5|مسموح^2|الوصول^2|إنشاء حساب^2.5|انشاء حساب^2.5|من يمكنه^3|نيابة عن^2|رمز عبور^2.5|گذرواژه^2.5|پسورد^2.5|دسترسی^2.5|حساب بسازم^2.5|ساخت حساب^2.5|چه کسی می تواند^3|مجاز است^2",
    "пароль^2.5|паролем^2.5|доступ^2.5|створити акаунт^2.5|створити обліковий запис^2.5|хто може бачити^3|від імені^2|дозволено^2",
  ],
  timeline: [
    "this long^2.5|so long^2|waited so long^2.5|waiting so long^2.5|still waiting^2|aussi longtemps^2.5|tanto tiempo^2.5|tanto tempo^2.5|ganito katagal^2.5|这么久^2.5|इतना समय^2.5|इतना टाइम^2.5|ਇੰਨਾ ਸਮਾਂ^2.5|اتنا وقت^2.5|اتنی دیر^2.5|كل هذا الوقت^2.5|این همه مدت^2.5|так довго^2.5",
    "ਕਿੰਨੇ ਦਿਨ*^3|ਕਿੰਨੇ ਮਹੀਨਿ*^3|ਕਿੰਨੇ ਹਫ਼ਤਿ*^3|ਕਿੰਨੇ ਸਾਲ*^3|कितने दिन*^3|कितने महीन*^3|कितने हफ्त*^3|कितने साल*^3|کتنے دنو*^3|کتنے مہینو*^3|کتنے ہفتو*^3|kinne dina*^3|kinne mahineya*^3|kitne dino*^3|kitne mahino*^3",
    "через скільки^3|скільки місяців^3|скільки тижнів^3|скільки днів^3|як швидко^3|скільки ще^3|скільки займає^3|скільки йде^3|коли чекати^3|коли буде^2.5|كم شهر^3|كم شهرا^3|كم يوم^3|كم يوما^3|كم أسبوع^3|كم اسبوع^3|كم تأخذ^3|كم ياخذ^3|كم يأخذ^3|كم يحتاج^3|كم بدها^3|قديش^2.5|مدة الانتظار^3|وقت المعالجة^3|فترة المعالجة^3|امتى^2.5|إمتى^2.5|چه وقت^2.5|چند هفته^3|چقدر وقت^3|چند وقت^3|تا کی^2.5|کی می رسد^2.5|کی میاد^2.5|زمان رسیدگی^3|مدت رسیدگی^3|gaano kabilis^3|kailan kaya^2.5|ilang taon^3|matagal pa ba^3|gaano pa katagal^3|processing time ng^3|几天^3|几个星期^3|多快^3|何时^2.5|还要等^2.5|等多久^3|审理时间^3|审批时间^3",
    "en cuantos meses^3|en cuantos dias^3|en cuantas semanas^3|cuantos meses^3|cuantas semanas^3|cuantos dias^3|para cuando^2.5|cuando^1.5|cuanto se tarda^3|cuanto falta^3|cuanto tiempo tarda^3|tiempo de espera^3|tiempos de procesamiento^3|tiempos de espera^3|em quanto tempo^3|quantos meses^3|quantos dias^3|quantas semanas^3|quando^1.5|quanto tempo leva^3|tempo de espera^3|tempos de processamento^3|en combien de temps^3|combien de mois^3|combien de semaines^3|combien de jours^3|quand^1.5|delai de traitement^3|d ici quand^2.5|how much longer^3|how many more^2.5|when will i hear^3|any idea when^2.5|how long will^3|how long does^3|how long is^3",
    "ਕਿੰਨੀ ਦੇਰ^3|ਕਿੰਨਾ ਚਿਰ^3|ਕਿੰਨੇ ਚਿਰ^3|ਕਿੰਨੀ ਦੇਰੀ^3|ਕਿੰਨਾ ਵਕਤ^3|ਕਿੰਨਾ ਸਮਾ^3|ਕਿੰਨੇ ਹਫ਼ਤੇ^3|ਕਿੰਨੇ ਮਹੀਨਿਆਂ^3|ਕਦੋਂ^2|ਕਦੋ^2|ਕਦ ਤੱਕ^2.5|kinne mahine^3|kinne din^3|kinne hafte^3|kinna chir^3|kinne chir^3|kinni der^3|kinna samaa^3|kinna waqt^3|kado^2|kadon^2|kadd tak^2.5|kadon tak^2.5|kitni der^3|kitne hafte^3|kab^1.5|कितनी देर^3|कितने हफ्ते^3|कितने सप्ताह^3|कब^2|कब आएगा^2.5|कब आएगी^2.5|कब तक आएगा^2.5|کتنی دیر^3|کتنے ہفتے^3|کتنے مہینے^3|کب^2|کب آئے گا^2.5|کب آئے گی^2.5",
    "when is my^2.5|when is the^2|quand est ma^2.5|quand aura lieu^2.5|cuando es mi^2.5|cuando sera^2.5|quando e minha^2.5|quando sera^2.5|when can i^2|when does^2|when do i^2|how long^3|how much time^3|how many days^3|how many weeks^3|how many months^3|how soon^3|when will i^2.5|when will^2|when do i get^2.5|when should i expect^3|when can i expect^3|expected time^2.5|processing time*^3|wait time*^3|waiting time^3|timeline^2.5|how fast^2.5|taking right now^1|until i get^1|how long until^3",
    "combien de temps^3|quel delai^3|delai^2.5|delais^2.5|quand vais je^2.5|quand est ce que je vais^2.5|quand aurai je^2.5|quand recevrai je^2.5|temps de traitement^3|ca prend combien^3|prend combien de temps^3",
    "cuanto tarda^3|cuanto tiempo^3|cuanto demora^3|cuando recibire^2.5|cuando voy a recibir^2.5|tiempo de procesamiento^3|tardan^2|demora^2|tarda^2",
    "quanto tempo^3|quanto demora^3|demora^2|demorar^2|quando vou receber^2.5|quando vai sair^2.5|prazo^2.5|tempo de processamento^3",
    "gaano katagal^3|gaano ka tagal^3|kailan^2.5|ilang araw^3|ilang buwan^3|ilang linggo^3|tagal^2",
    "多久^3|多长时间^3|多少天^3|几个月^3|几周^3|什么时候^2.5|处理时间^3|需要多长^3|要多久^3",
    "kitna time^3|kitna samay^3|kitna waqt^3|kitne din^3|kitne mahine^3|kab tak^2.5|kab milega^2.5|kab aayega^2.5|कितना समय^3|कितना टाइम^3|कितने दिन^3|कितने महीने^3|कब तक^2.5|कब मिलेगा^2.5|कितना वक्त^3",
    "ਕਿੰਨਾ ਸਮਾਂ^3|ਕਿੰਨਾ ਟਾਈਮ^3|ਕਿੰਨੇ ਦਿਨ^3|ਕਿੰਨੇ ਮਹੀਨੇ^3|ਕਦੋਂ ਤੱਕ^2.5|ਕਦੋਂ ਆਵੇਗਾ^2.5|ਕਦੋਂ ਮਿਲੇਗਾ^2.5|kinna time^3|kinna sama^3|kado tak^2.5",
    "کتنا وقت^3|کتنا ٹائم^3|کتنا عرصہ^3|کتنے دن^3|کتنے مہینے^3|کب تک^2.5|کب ملے گا^2.5",
    "چقدر طول^3|چقدر زمان^3|چه مدت^3|چند ماه^3|چند روز^3|چه زمانی^2.5|کی جواب^2.5",
    "كم يستغرق^3|كم تستغرق^3|كم من الوقت^3|كم مدة^3|كم المدة^3|متى^2.5|مدة المعالجة^3",
    "скільки розглядають^3|скільки триватиме^3|скільки часу^3|скільки триває^3|скільки чекати^3|як довго^3|коли^2|термін розгляду^3|терміни розгляду^3",
  ],
  "status-meaning": [
    "mean^3|means^3|meaning^3|does that mean^3|what s next^1.5|whats next^1.5|what next^1.5|next step*^1.5|should i be worried^2.5|should i worry^2.5|is that normal^2.5|is it normal^2.5|is this normal^2.5|is something wrong^2.5|is that bad^2|is it bad^2|approved or refused^2.5|approved or rejected^2.5|what am i supposed to do^2.5|what should i do^2|what do i do now^2|what do i need to do^2|what is this status^3",
    "veut dire^3|signifie^3|c est normal^2.5|est ce normal^2.5|dois je m inquieter^2.5|la suite^1.5|quoi faire^2|que faire^2|que dois je faire^2",
    "significa^3|que quiere decir^3|quiere decir^3|es normal^2.5|debo preocuparme^2.5|que hago^2|que debo hacer^2|quer dizer^3|e normal^2.5|devo me preocupar^2.5|o que fazer^2|o que devo fazer^2",
    "ibig sabihin^3|ibig bang sabihin^3|normal ba^2.5|ano next^1.5|ano gagawin ko^2",
    "怎么办^2|该怎么办^2.5|我该做什么^2|意思^3|是什么情况^2.5|怎么回事^2.5|正常吗^2.5|代表什么^3|意味着^3|下一步^1.5",
    "matlab^3|मतलब^3|अर्थ^3|normal hai^2|kya karna hai^2|क्या करना चाहिए^2|ਮਤਲਬ^3|ਅਰਥ^3",
    "مطلب^3|معنی^3|کیا کرنا چاہیے^2|یعنی چه^3|یعنی چی^3|یعنی^2|چه معنی^3|يعني^3|معنى^3|ما معنى^3|الخطوة التالية^1.5|означає^3|значить^3|це нормально^2.5|що робити^2",
  ],
  help: [
    "salam^0.9|salaam^0.9|assalamualaikum^0.9|assalam o alaikum^0.9|thanks^0.9|thank you^0.9|ok^0.5|okay^0.5|menu^0.9|start^0.9|commands^2|merci^0.9|gracias^0.9|obrigado^0.9|obrigada^0.9|salamat^0.9|谢谢^0.9|धन्यवाद^0.9|shukriya^0.9|ਧੰਨਵਾਦ^0.9|شکریہ^0.9|شكرا^0.9|ممنون^0.9|مرسی^0.9|дякую^0.9|hi^0.9|hello^0.9|hey^0.9|good morning^0.9|good evening^0.9|help^0.9|what can you do^3|what do you do^3|how do i use you^3|how to use^2.5|how does this work^3|how does this bot work^3|what are you^2|who are you^2|first time here^1.5|what can this bot do^3|what can i ask^3",
    "bonjour^0.9|salut^0.9|aide^0.9|que peux tu faire^3|que pouvez vous faire^3|que fais tu^3|comment ca marche^2.5|comment vous utiliser^3",
    "hola^0.9|buenas^0.9|ayuda^0.9|que puedes hacer^3|que haces^2|como funciona^2.5|ola^0.9|oi^0.9|ajuda^0.9|o que voce faz^3|o que voce pode fazer^3",
    "kumusta^0.9|magandang umaga^0.9|tulong^0.9|ano kaya mong gawin^3|ano ang kaya mo^3|paano ka gamitin^3",
    "你好^0.9|您好^0.9|帮助^0.9|你能做什么^3|你会什么^3|怎么用^2.5|नमस्ते^0.9|namaste^0.9|मदद^0.9|आप क्या कर सकते^3|kya kar sakte ho^3|kya kya kar sakte^3|ਸਤ ਸ੍ਰੀ ਅਕਾਲ^0.9|sat sri akal^0.9|ਮਦਦ^0.9|ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ^3",
    "السلام علیکم^0.9|سلام^0.9|مدد^0.9|کیا کر سکتے^3|کیا کیا کر سکتے^3|کمک^0.9|چه کارهایی^3|چه کار می کنی^3|چه کاری می توانی^3|مرحبا^0.9|اهلا^0.9|مساعدة^0.9|ماذا يمكنك^3|ماذا تستطيع^3|привіт^0.9|вітаю^0.9|добрий день^0.9|допомога^0.9|що ти вмієш^3|що ти можеш^3|як користуватися^3",
  ],
  "out-of-scope": [
    "should i hire^4|hire a lawyer^4|hire a consultant^4|need a lawyer^3|do i need a consultant^3|recommend a lawyer^3|which lawyer^3|best consultant^3|fill out^3|fill in my^3|immigrate^2.5|best program^3|which program should^3|my chances^3|appeal^3|reapply^2.5|re apply^2.5|judicial review^3|federal court^2.5|am i eligible^3|eligible to immigrate^4|eligible for pr^3|can i immigrate^3|chances of getting^2.5|my chances^2.5|crs^4|crs score^4|points calculator^3|calculate my points^3|joke^4|weather^4|recipe^4|legal advice^4",
    "remplir^2.5|immigrer^2.5|meilleur programme^3|refuser ma^3|faire appel^3|suis je admissible^3|suis je eligible^3|admissible a immigrer^4|blague^4|conseil juridique^4|redemander^2|apelar^3|apelacion^3|volver a aplicar^2.5|soy elegible^3|elegible para inmigrar^4|chiste^4|asesoria legal^4",
    "preencher^2.5|imigrar^2.5|vao negar^3|negar meu^3|llenar^2.5|inmigrar^2.5|me pueden negar^3|van a negar^3|recorrer^3|aplicar novamente^2.5|sou elegivel^3|elegivel para imigrar^4|piada^4|conselho juridico^4|mag apela^3|kwalipikado ba ako^3|eligible ba ako^3|biro^3",
    "移民项目^3|应该申请哪个^3|上诉^3|重新申请^2.5|我有资格^3|有资格移民^4|笑话^4|法律建议^4|अपील^3|दोबारा आवेदन^2.5|क्या मैं योग्य^3|योग्य हूँ^3|मजाक^4|चुटकुला^4|eligible hu^3|ਅਪੀਲ^3|ਯੋਗ ਹਾਂ^3|ਚੁਟਕਲਾ^4",
    "اپیل^3|اہل ہوں^3|لطیفہ^4|مذاق^3|تجدید نظر^3|اعتراض^2.5|واجد شرایط^3|شرایط مهاجرت^3|جوک^4|لطیفه^4|استئناف^3|الطعن^3|مؤهل^3|مؤهلة^3|نكتة^4|استشارة قانونية^4",
    "оскаржити^3|апеляці*^3|чи відповідаю я вимогам^3|анекдот^4|жарт^4",
  ],
};
