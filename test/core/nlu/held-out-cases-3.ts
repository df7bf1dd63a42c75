import type { Case } from "./held-out-cases.js";

/** Third held-out batch: every application family and native-language status wording. */
export const HELD_OUT_CASES_3: readonly Case[] = [
  ["en", "Where can I track my PNP application? It's the paper-based stream", { intent: "trackable", application: "pr-pnp" }],
  ["en", "Can I follow my H&C application online?", { intent: "trackable", application: "pr-humanitarian" }],
  [
    "en",
    "I applied for PR as a protected person, where do I check the status?",
    { intent: "trackable", application: "pr-protected-person" },
  ],
  ["en", "Is my citizenship search request trackable online?", { intent: "trackable", application: "citizenship-search" }],
  [
    "en",
    "I want to renounce my Canadian citizenship, how long does it take?",
    { intent: "timeline", application: "citizenship-renunciation" },
  ],
  ["en", "How long to get a visitor record to extend my stay?", { intent: "timeline", application: "visitor-record" }],
  ["en", "Where do I check my IEC work permit?", { intent: "trackable", application: "work-permit" }],
  ["en", "How long does a PR travel document take?", { intent: "timeline", application: "prtd" }],
  [
    "en",
    "My tracker shows 'Closed' for my PR card renewal, what now?",
    { intent: "status-meaning", status: "tracker-closed", application: "pr-card-renewal" },
  ],
  ["en", "What does 'Interview' mean in my IRCC account?", { intent: "status-meaning", status: "account-interview" }],
  ["en", "account says 'Biometrics' step is open, meaning?", { intent: "status-meaning" }],
  ["fr", "Mon compte indique « Demande reçue », ça veut dire quoi ?", { intent: "status-meaning" }],
  [
    "fr",
    "L'outil de suivi dit « Terminé » pour l'admissibilité, c'est bon signe ?",
    { intent: "status-meaning", status: "tracker-completed" },
  ],
  ["fr", "Combien de temps pour un PNP hors Entrée express ?", { intent: "timeline", application: "pr-pnp" }],
  ["fr", "Où suivre ma demande de titre de voyage pour résident permanent ?", { intent: "trackable", application: "prtd" }],
  ["fr", "Mon ECAS dit « En cours de traitement », c'est normal ?", { intent: "status-meaning", status: "cas-in-process" }],
  ["es", "Mi cuenta dice 'Cerrada', ¿qué significa?", { intent: "status-meaning", status: "account-closed" }],
  ["es", "¿Cuánto tarda la tarjeta de residente permanente por primera vez?", { intent: "timeline", application: "pr-card-new" }],
  [
    "es",
    "¿Dónde sigo mi solicitud de asilo hecha en línea dentro de Canadá?",
    { intent: "trackable", application: "refugee-claim", insideCanada: true },
  ],
  ["es", "Mi abogado quiere mi contraseña de GCKey para revisar mi estado, ¿se la doy?", { intent: "access", role: "applicant" }],
  [
    "pt",
    "No rastreador aparece 'Concluído' nos dados biométricos, o que significa?",
    { intent: "status-meaning", status: "tracker-completed" },
  ],
  [
    "pt",
    "Onde acompanho meu pedido de residência permanente pelo Express Entry?",
    { intent: "trackable", application: "pr-express-entry" },
  ],
  ["pt", "Quanto tempo demora a renovação do PR card?", { intent: "timeline", application: "pr-card-renewal" }],
  ["zh", "我的快速通道申请在哪里查？", { intent: "trackable", application: "pr-express-entry" }],
  ["zh", "枫叶卡续签要多久？", { intent: "timeline", application: "pr-card-renewal" }],
  ["zh", "追踪器显示“Waiting on you”，我该怎么办？", { intent: "status-meaning", status: "tracker-waiting-on-you" }],
  ["zh", "我是雇主，可以查员工的工签进度吗？", { intent: "access", role: "employer" }],
  ["zh", "请删除我的所有信息", { intent: "forget" }],
  ["hi", "मेरे पति ने मुझे अपना GCKey पासवर्ड दिया है, क्या मैं उनका स्टेटस देख सकती हूँ?", { intent: "access", role: "family-member" }],
  ["hi", "एक्सप्रेस एंट्री में AOR के बाद कितना समय लगता है?", { intent: "timeline", application: "pr-express-entry" }],
  ["hi", "ट्रैकर में 'In progress' का क्या मतलब है?", { intent: "status-meaning", status: "tracker-in-progress" }],
  ["pa", "ਮੇਰੇ ਪਤੀ ਦੀ ਸਪਾਊਸਲ ਸਪਾਂਸਰਸ਼ਿਪ ਵਿੱਚ ਕਿੰਨਾ ਸਮਾਂ ਲੱਗੇਗਾ?", { intent: "timeline", application: "sponsorship-spouse" }],
  ["pa", "ਟਰੈਕਰ ਵਿੱਚ 'Completed' ਦਾ ਕੀ ਮਤਲਬ ਹੈ?", { intent: "status-meaning", status: "tracker-completed" }],
  ["pa", "ਮੈਨੂੰ ਪੰਜਾਬੀ ਵਿੱਚ ਜਵਾਬ ਦਿਓ", { intent: "language", targetLocale: "pa" }],
  ["ur", "میں نے اسٹڈی پرمٹ کے لیے اپلائی کیا ہے، اسٹیٹس کہاں دیکھوں؟", { intent: "trackable", application: "study-permit" }],
  ["ur", "ٹریکر میں 'Not started' کا کیا مطلب ہے؟", { intent: "status-meaning", status: "tracker-not-started" }],
  ["ur", "ہر پیر کو مجھے یاد دلائیں", { intent: "reminder-set" }],
  ["ar", "تقدمت بطلب الجنسية الكندية، أين أتابع الحالة؟", { intent: "trackable", application: "citizenship-grant-adult" }],
  ["ar", "كم تستغرق تأشيرة الزيارة؟", { intent: "timeline", application: "visitor-visa" }],
  ["ar", "أرني تذكيراتي", { intent: "reminder-list" }],
  ["fa", "درخواست شهروندی کانادا دادم، وضعیت را کجا ببینم؟", { intent: "trackable", application: "citizenship-grant-adult" }],
  ["fa", "در حساب IRCC من نوشته 'Final decision'، یعنی چه؟", { intent: "status-meaning", status: "account-final-decision" }],
  ["fa", "همه اطلاعات من را پاک کن", { intent: "forget" }],
  ["tl", "Saan ko makikita ang status ng citizenship application ko?", { intent: "trackable", application: "citizenship-grant-adult" }],
  ["tl", "Nagbayad ako ng fees ng study permit ng pinsan ko, pwede ko ba makita ang status?", { intent: "access", role: "payer" }],
  ["tl", "Ipakita mo ang mga paalala ko", { intent: "reminder-list" }],
  ["tl", "Burahin mo lahat ng data ko", { intent: "forget" }],
  ["uk", "Я подав на Express Entry. Де дивитися статус?", { intent: "trackable", application: "pr-express-entry" }],
  ["uk", "Мій брат дав мені свій пароль GCKey. Чи можна так робити?", { intent: "access", role: "family-member" }],
  ["uk", "Покажи мої нагадування, будь ласка", { intent: "reminder-list" }],
  ["uk", "Відповідай українською", { intent: "language", targetLocale: "uk" }],
];

/** "Can I see it online?" in the first person is about tracking, not about someone else's access. */
export const ONLINE_SELF_CASES: readonly Case[] = [
  ["pt", "Tem como ver online o status do meu visto?", { intent: "trackable", application: "visitor-visa" }],
  ["zh", "配偶担保可以在网上查进度吗？", { intent: "trackable", application: "sponsorship-spouse", role: null }],
  ["hi", "क्या मैं अपने स्टडी परमिट का स्टेटस ऑनलाइन देख सकता हूँ?", { intent: "trackable", application: "study-permit" }],
  ["ur", "کیا میں اپنے ورک پرمٹ کا اسٹیٹس آن لائن دیکھ سکتا ہوں؟", { intent: "trackable", application: "work-permit" }],
  ["fa", "آیا می توانم وضعیت ویزای توریستی را آنلاین ببینم؟", { intent: "trackable", application: "visitor-visa" }],
  ["uk", "Чи можна відстежити заявку на візу онлайн?", { intent: "trackable", application: "visitor-visa" }],
];

/** Advice the bot does not give, and small talk. */
export const SCOPE_CASES: readonly Case[] = [
  ["en", "Should I hire a lawyer for my refused visa?", { intent: "out-of-scope" }],
  ["en", "Can you help me fill out my application form?", { intent: "out-of-scope" }],
  ["es", "¿Me pueden negar la visa?", { intent: "out-of-scope" }],
  ["fr", "Quel est le meilleur programme pour immigrer ?", { intent: "out-of-scope" }],
  ["zh", "我应该申请哪个移民项目？", { intent: "out-of-scope" }],
  ["en", "thanks!", { intent: "help" }],
  ["uk", "Дякую!", { intent: "help" }],
];

/** Reminder wording: a bare "my reminders" lists, a schedule word sets, stop words cancel. */
export const REMINDER_CASES: readonly Case[] = [
  ["fr", "Mes rappels ?", { intent: "reminder-list" }],
  ["en", "set my reminders for monday", { intent: "reminder-set" }],
  ["pt", "Me lembre toda semana", { intent: "reminder-set" }],
  ["es", "Desactiva los recordatorios", { intent: "reminder-cancel" }],
  ["en", "When is my citizenship oath?", { intent: "timeline" }],
];

/** Parents of minors and institutions, across languages. */
export const ROLE_CASES: readonly Case[] = [
  [
    "pt",
    "Minha filha de 12 anos pediu cidadania, onde acompanho?",
    { intent: "trackable", application: "citizenship-grant-minor", role: "parent-of-minor" },
  ],
  ["zh", "我女儿10岁，和我们一起申请了入籍，在哪里查她的进度？", { intent: "trackable", role: "parent-of-minor" }],
  ["ar", "ابنتي عمرها 11 سنة وقدمنا لها طلب الجنسية، أين أتابع؟", { intent: "trackable", role: "parent-of-minor" }],
  [
    "uk",
    "Моїй доньці 10 років, де перевірити її заявку на громадянство?",
    { intent: "trackable", application: "citizenship-grant-minor", role: "parent-of-minor" },
  ],
  ["en", "I'm a school admin, can I check our international student's study permit?", { intent: "access", role: "employer" }],
  ["fr", "Je travaille aux RH, peut-on vérifier le permis de travail d'un employé ?", { intent: "access", role: "employer" }],
  [
    "es",
    "Soy consultora con IMM 5476 firmado, ¿puedo crear cuenta en el tracker para mi cliente?",
    { intent: "access", role: "representative" },
  ],
];

/** Status wording as the screens show it, in English and other languages. */
export const LABEL_CASES: readonly Case[] = [
  ["en", "ECAS says 'We are currently processing your application'", { intent: "status-meaning", status: "cas-in-process" }],
  ["en", "My account says 'Submitted'", { intent: "status-meaning", status: "account-open" }],
  ["en", "IRCC account: 'Your application has been finalized'", { intent: "status-meaning", status: "account-closed" }],
  ["es", "Mi cuenta dice 'Enviada'", { intent: "status-meaning", status: "account-open" }],
  ["zh", "追踪器显示 Closed", { intent: "status-meaning", status: "tracker-closed" }],
  ["en", "Where do I see my spousal sponsorship status? I'm the sponsored person", { intent: "trackable", role: "applicant" }],
];

/** Deleting one's data and switching language, in every language. */
export const FORGET_AND_LANGUAGE_CASES: readonly Case[] = [
  ["fr", "Supprime tout ce que tu sais sur moi", { intent: "forget" }],
  ["es", "Olvida todo sobre mí", { intent: "forget" }],
  ["pt", "Esqueça meus dados", { intent: "forget" }],
  ["tl", "Kalimutan mo na ako", { intent: "forget" }],
  ["pa", "ਮੇਰਾ ਡਾਟਾ ਡਿਲੀਟ ਕਰੋ", { intent: "forget" }],
  ["ar", "امسح معلوماتي", { intent: "forget" }],
  ["ur", "اردو میں جواب دیں", { intent: "language", targetLocale: "ur" }],
  ["ar", "أجبني بالعربية", { intent: "language", targetLocale: "ar" }],
  ["tl", "Mag-Tagalog ka na lang", { intent: "language", targetLocale: "tl" }],
  ["uk", "Говори українською", { intent: "language", targetLocale: "uk" }],
  ["fr", "en français svp", { intent: "language", targetLocale: "fr" }],
];
