import type { Understanding } from "../../../src/core/nlu/understanding.js";

/**
 * Held-out questions written for these tests (not copied from shared/eval): each intent and slot
 * in each of the twelve languages, with typos, abbreviations, code-switching and quoted IRCC labels.
 * `expect` lists only the fields the case is about.
 */
export type Case = readonly [lang: string, text: string, expect: Partial<Understanding>];

export const HELD_OUT_CASES: readonly Case[] = [
  // --- English ---
  ["en", "where do I check my PGWP application?", { intent: "trackable", application: "work-permit" }],
  ["en", "Where can I see the status of my citizenshp application?", { intent: "trackable", application: "citizenship-grant-adult" }],
  ["en", "how long for a super visa these days", { intent: "timeline", application: "visitor-visa" }],
  ["en", "What's the processing time for a PR card renewal?", { intent: "timeline", application: "pr-card-renewal" }],
  ["en", "how long does it usually take", { intent: "timeline", application: null }],
  ["en", "My ecas says 'In process', what does it mean?", { intent: "status-meaning", status: "cas-in-process" }],
  ["en", "tracker shows Not started for biometrics, normal?", { intent: "status-meaning", status: "tracker-not-started" }],
  ["en", "I received my eCOPR yesterday, what's next?", { intent: "status-meaning", status: "copr" }],
  ["en", "my wife paid the fees, but can my sister check my file?", { intent: "access" }],
  [
    "en",
    "I'm an immigration consultant with a signed IMM 5476. Can I access my client's tracker?",
    { intent: "access", role: "representative" },
  ],
  ["en", "We are the HR team of a company. Can we look up our new hire's work permit?", { intent: "access", role: "employer" }],
  ["en", "remind me every friday to check the tracker", { intent: "reminder-set" }],
  ["en", "cancel all my reminders", { intent: "reminder-cancel" }],
  ["en", "list my reminders", { intent: "reminder-list" }],
  ["en", "please forget everything about me", { intent: "forget" }],
  ["en", "reply in Punjabi please", { intent: "language", targetLocale: "pa" }],
  ["en", "hello there", { intent: "help" }],
  ["en", "What's the weather in Toronto?", { intent: "out-of-scope" }],
  ["en", "and for my husband?", { followUp: true, intent: null }],
  ["en", "what about a work permit?", { followUp: true, intent: null, application: "work-permit" }],
  [
    "en",
    "How lnog does spousal sponsorhip take from outside Canada?",
    { intent: "timeline", application: "sponsorship-spouse", insideCanada: false },
  ],
  ["en", "Got my AOR for the parents and grandparents program, how long now?", { intent: "timeline", application: "sponsorship-parents" }],
  ["en", "is there a tracker for a PRTD application?", { intent: "trackable", application: "prtd" }],
  // --- French ---
  ["fr", "Où puis-je suivre ma demande de permis de travail?", { intent: "trackable", application: "work-permit" }],
  ["fr", "Combien de temps pour un permis d'études depuis l'Inde ?", { intent: "timeline", application: "study-permit", country: "IN" }],
  [
    "fr",
    "Mon outil de suivi affiche « En attente de votre part », que faire ?",
    { intent: "status-meaning", status: "tracker-waiting-on-you" },
  ],
  [
    "fr",
    "Je suis avocate et j'ai un IMM 5476 signé, puis-je voir le dossier de ma cliente ?",
    { intent: "access", role: "representative" },
  ],
  ["fr", "Rappelle-moi chaque semaine de vérifier mon dossier", { intent: "reminder-set" }],
  ["fr", "Arrête les rappels svp", { intent: "reminder-cancel" }],
  ["fr", "Supprimez toutes mes données", { intent: "forget" }],
  ["fr", "Réponds-moi en espagnol", { intent: "language", targetLocale: "es" }],
  ["fr", "Bonjour, que pouvez-vous faire ?", { intent: "help" }],
  ["fr", "Est-ce que je suis admissible à immigrer au Canada ?", { intent: "out-of-scope" }],
  ["fr", "et pour ma femme ?", { followUp: true }],
  // --- Spanish ---
  ["es", "¿Cuánto tarda la renovación de la tarjeta de residente permanente?", { intent: "timeline", application: "pr-card-renewal" }],
  ["es", "¿Dónde veo el estado de mi visa de turista?", { intent: "trackable", application: "visitor-visa" }],
  ["es", "Mi rastreador dice 'Completed' en elegibilidad, ¿qué significa?", { intent: "status-meaning", status: "tracker-completed" }],
  ["es", "Soy empleador, ¿puedo ver el permiso de trabajo de mi empleado?", { intent: "access", role: "employer" }],
  ["es", "muéstrame mis recordatorios", { intent: "reminder-list" }],
  ["es", "borra mis datos por favor", { intent: "forget" }],
  ["es", "háblame en inglés", { intent: "language", targetLocale: "en" }],
  ["es", "hola", { intent: "help" }],
  // --- Portuguese ---
  ["pt", "Quanto tempo demora o visto de estudante?", { intent: "timeline", application: "study-permit" }],
  ["pt", "Onde eu acompanho meu pedido de cidadania?", { intent: "trackable", application: "citizenship-grant-adult" }],
  ["pt", "Meu ECAS diz 'Decision made', fui aprovado?", { intent: "status-meaning", status: "cas-decision-made" }],
  ["pt", "Paguei a taxa do pedido da minha irmã, posso ver o status dela?", { intent: "access", role: "payer" }],
  ["pt", "me lembra toda segunda de olhar o tracker", { intent: "reminder-set" }],
  ["pt", "apague meus dados", { intent: "forget" }],
  ["pt", "fala comigo em português", { intent: "language", targetLocale: "pt" }],
  // --- Chinese ---
  ["zh", "我的工签申请在哪里查进度？", { intent: "trackable", application: "work-permit" }],
  ["zh", "学签现在要多久？", { intent: "timeline", application: "study-permit" }],
  ["zh", "我老公的签证，我能查他的状态吗？", { intent: "access", role: "family-member" }],
  ["zh", "ECAS 显示 “Decision made” 是什么意思？", { intent: "status-meaning", status: "cas-decision-made" }],
  ["zh", "取消提醒", { intent: "reminder-cancel" }],
  ["zh", "请用英文回答", { intent: "language", targetLocale: "en" }],
  ["zh", "你好", { intent: "help" }],
  // --- Hindi / Hinglish ---
  ["hi", "मेरे वर्क परमिट का स्टेटस कहाँ देखूं?", { intent: "trackable", application: "work-permit" }],
  ["hi", "स्टडी परमिट में कितना समय लगता है?", { intent: "timeline", application: "study-permit" }],
  ["hi", "spousal sponsorship me kitna time lagta hai bhai?", { intent: "timeline", application: "sponsorship-spouse" }],
  ["hi", "mere ecas pe 'Decision made' aa gaya, iska matlab kya hai?", { intent: "status-meaning", status: "cas-decision-made" }],
  ["hi", "mere reminders band kar do", { intent: "reminder-cancel" }],
  ["hi", "मेरा सारा डेटा डिलीट कर दो", { intent: "forget" }],
  // --- Punjabi ---
  ["pa", "ਮੇਰੇ ਵਰਕ ਪਰਮਿਟ ਦਾ ਸਟੇਟਸ ਕਿੱਥੇ ਵੇਖਾਂ?", { intent: "trackable", application: "work-permit" }],
  ["pa", "ਸਟੱਡੀ ਪਰਮਿਟ ਨੂੰ ਕਿੰਨਾ ਸਮਾਂ ਲੱਗਦਾ ਹੈ?", { intent: "timeline", application: "study-permit" }],
  ["pa", "ਮੇਰੇ ਰਿਮਾਈਂਡਰ ਬੰਦ ਕਰ ਦਿਓ", { intent: "reminder-cancel" }],
  ["pa", "tracker te 'Waiting on you' likhya hai, ki matlab hai?", { intent: "status-meaning", status: "tracker-waiting-on-you" }],
  // --- Urdu ---
  ["ur", "میرے ورک پرمٹ کا اسٹیٹس کہاں دیکھوں؟", { intent: "trackable", application: "work-permit" }],
  ["ur", "وزٹر ویزا میں کتنا وقت لگتا ہے؟", { intent: "timeline", application: "visitor-visa" }],
  ["ur", "میرا سارا ڈیٹا ڈیلیٹ کر دیں", { intent: "forget" }],
  ["ur", "مجھ سے انگریزی میں بات کریں", { intent: "language", targetLocale: "en" }],
  // --- Arabic ---
  ["ar", "أين أتابع طلب تصريح العمل الخاص بي؟", { intent: "trackable", application: "work-permit" }],
  ["ar", "كم يستغرق تصريح الدراسة؟", { intent: "timeline", application: "study-permit" }],
  ["ar", "حسابي يقول 'Cancelled'، ماذا يعني؟", { intent: "status-meaning", status: "account-cancelled" }],
  ["ar", "احذف كل بياناتي", { intent: "forget" }],
  ["ar", "ذكرني كل أسبوع بفحص الطلب", { intent: "reminder-set" }],
  // --- Persian ---
  ["fa", "وضعیت مجوز کار را کجا ببینم؟", { intent: "trackable", application: "work-permit" }],
  ["fa", "ویزای توریستی چقدر طول می کشد؟", { intent: "timeline", application: "visitor-visa" }],
  ["fa", "یادآوری های من را نشان بده", { intent: "reminder-list" }],
  ["fa", "لطفا به فارسی جواب بده", { intent: "language", targetLocale: "fa" }],
  // --- Tagalog / Taglish ---
  ["tl", "Saan ko makikita ang status ng study permit ko?", { intent: "trackable", application: "study-permit" }],
  ["tl", "Gaano katagal ang PR card renewal ngayon?", { intent: "timeline", application: "pr-card-renewal" }],
  ["tl", "Yung tracker ko 'In progress' pa rin, normal ba yun?", { intent: "status-meaning", status: "tracker-in-progress" }],
  ["tl", "itigil mo na ang mga paalala", { intent: "reminder-cancel" }],
  // --- Ukrainian ---
  ["uk", "Де перевірити статус мого дозволу на роботу?", { intent: "trackable", application: "work-permit" }],
  ["uk", "Скільки часу займає дозвіл на навчання?", { intent: "timeline", application: "study-permit" }],
  ["uk", "У трекері написано 'Waiting on you' — що робити?", { intent: "status-meaning", status: "tracker-waiting-on-you" }],
  ["uk", "Зупини нагадування", { intent: "reminder-cancel" }],
  ["uk", "Видали всі мої дані", { intent: "forget" }],
];
