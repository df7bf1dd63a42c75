import type { Case } from "./held-out-cases.js";

/**
 * Questions written for the generalization work (issue 2 §4, issue 6), one group per failure
 * pattern seen on unseen questions. Wording is new (not taken from any eval file); each group has
 * several languages so a fix has to be general, not a sentence patch.
 */

/** 1. Real questions that were not understood: how long / can I see / where do I check / delete my data. */
export const INTENT_COVERAGE_CASES: readonly Case[] = [
  ["pa", "ਮੇਰੇ ਸਟੱਡੀ ਪਰਮਿਟ ਨੂੰ ਕਿੰਨੀ ਦੇਰ ਲੱਗੇਗੀ?", { intent: "timeline", application: "study-permit" }],
  ["pa", "ਵਰਕ ਪਰਮਿਟ ਦਾ ਫੈਸਲਾ ਕਦੋਂ ਆਊਗਾ?", { intent: "timeline", application: "work-permit" }],
  ["pa", "ਪੀਆਰ ਕਾਰਡ ਆਉਣ ਵਿੱਚ ਕਿੰਨਾ ਚਿਰ ਲੱਗਦਾ ਹੈ?", { intent: "timeline", application: "pr-card-new" }],
  ["pa", "mera work permit kinne mahine vich aauga?", { intent: "timeline", application: "work-permit" }],
  ["pa", "citizenship nu kinna chir lagda hai ji?", { intent: "timeline" }],
  ["pa", "ਕੀ ਮੈਂ ਆਪਣੇ ਭਰਾ ਦੀ ਫਾਈਲ ਦੇਖ ਸਕਦਾ ਹਾਂ?", { intent: "access" }],
  ["pa", "ਨਾਗਰਿਕਤਾ ਛੱਡਣ ਦੀ ਅਰਜ਼ੀ ਦਾ ਸਟੇਟਸ ਕਿੱਥੋਂ ਚੈੱਕ ਕਰਾਂ?", { intent: "trackable", application: "citizenship-renunciation" }],
  ["es", "¿Se me permite revisar la solicitud de mi cuñado?", { intent: "access" }],
  ["es", "¿Tengo derecho a entrar al expediente de mi novia?", { intent: "access" }],
  ["es", "¿En cuántos meses sale el permiso de trabajo?", { intent: "timeline", application: "work-permit" }],
  ["es", "¿Para cuándo estaría lista la ciudadanía más o menos?", { intent: "timeline", application: "citizenship-grant-adult" }],
  ["ar", "هل يحق لي الاطلاع على طلب أخي؟", { intent: "access" }],
  ["ar", "هل أقدر أشوف ملف زوجتي؟", { intent: "access" }],
  [
    "ar",
    "أين أتابع طلب الإقامة الدائمة الفيدرالية بعد حصولي على شهادة الاختيار من كيبيك؟",
    { intent: "trackable", application: "pr-quebec-federal" },
  ],
  ["ur", "کیا مجھے اپنی بہن کی درخواست دیکھنے کی اجازت ہے؟", { intent: "access" }],
  ["ur", "ورک پرمٹ میں کتنی دیر لگتی ہے؟", { intent: "timeline", application: "work-permit" }],
  ["uk", "Через скільки місяців дадуть дозвіл на навчання?", { intent: "timeline", application: "study-permit" }],
  ["uk", "Коли приблизно буде рішення щодо громадянства?", { intent: "timeline" }],
  ["tl", "Saan ko pwedeng i-follow up ang PR card ko?", { intent: "trackable", application: "pr-card-new" }],
  ["tl", "Mga ilang buwan bago lumabas ang work permit?", { intent: "timeline", application: "work-permit" }],
  ["tl", "Pakibura na lahat ng impormasyon ko sa inyo", { intent: "forget" }],
  ["tl", "burahin mo na yung data ko please", { intent: "forget" }],
];

/** 2. Someone else's file: access, not trackable; a first-person "where do I check" stays trackable. */
export const THIRD_PARTY_CASES: readonly Case[] = [
  ["es", "¿Puedo consultar la solicitud de mi hijo de 25 años?", { intent: "access", role: "family-member" }],
  ["fa", "آیا می توانم وضعیت درخواست برادرم را ببینم؟", { intent: "access" }],
  ["uk", "Чи можу я перевірити заяву моєї дружини?", { intent: "access" }],
  ["pt", "Posso acompanhar o pedido do meu filho adulto?", { intent: "access" }],
  ["zh", "我可以查看我妻子的申请吗？", { intent: "access" }],
  ["zh", "我能看我儿子的学签进度吗", { intent: "access" }],
  ["pt", "Onde eu acompanho o meu próprio pedido de visto?", { intent: "trackable" }],
];

/** 3. Trackable vs status meaning; listing reminders vs setting one. */
export const TRACK_AND_LIST_CASES: readonly Case[] = [
  ["fr", "Où puis-je consulter l'état de mon examen de citoyenneté ?", { intent: "trackable" }],
  ["fa", "کجا می تونم وضعیت مصاحبه ام را ببینم؟", { intent: "trackable" }],
  ["zh", "列出我所有的提醒", { intent: "reminder-list" }],
  ["zh", "我现在有几个提醒？", { intent: "reminder-list" }],
];

/** 4. "Not referred yet" is read as no referral (the IRB portal is not for now); a real referral still sets it. */
export const IRB_NEGATION_CASES: readonly Case[] = [
  ["en", "My claim has not been referred to the IRB yet, where do I check it?", { signals: { irbReferral: false } }],
  ["fr", "Ma demande d'asile n'a pas encore été déférée à la CISR, où la suivre ?", { signals: { irbReferral: false } }],
  ["hi", "मेरा शरण का केस अभी IRB को नहीं भेजा गया, कहाँ चेक करूँ?", { signals: { irbReferral: false } }],
  ["fa", "پرونده پناهندگی من هنوز به IRB ارجاع نشده، کجا پیگیری کنم؟", { signals: { irbReferral: false } }],
  ["es", "Todavía no me han remitido al IRB, ¿dónde reviso mi solicitud de asilo?", { signals: { irbReferral: false } }],
  ["en", "My asylum claim was referred to the IRB, where do I follow it now?", { signals: { irbReferral: true } }],
];

/** 5. Applications that were confused with a neighbour. */
export const APPLICATION_CONFUSION_CASES: readonly Case[] = [
  ["zh", "我是加拿大军人，入籍申请在哪里查？", { application: "citizenship-caf" }],
  ["uk", "Я військовослужбовець канадської армії, де перевірити заяву на громадянство?", { application: "citizenship-caf" }],
  ["fr", "Combien de temps pour la citoyenneté des membres des Forces canadiennes ?", { application: "citizenship-caf" }],
  ["tl", "Yung PNP ko ay hindi dumaan sa Express Entry, saan ko makikita?", { application: "pr-pnp" }],
  ["en", "How long does a paper PNP take, the non-Express Entry stream?", { application: "pr-pnp" }],
  ["zh", "第一张PR卡要等多久？", { application: "pr-card-new" }],
  ["zh", "新的枫叶卡在哪里查进度", { application: "pr-card-new" }],
  ["fr", "Combien de temps pour remplacer un permis de travail perdu ?", { application: "document-replacement" }],
  ["en", "I lost my study permit, how long to get a replacement?", { application: "document-replacement" }],
  [
    "fr",
    "Où suivre ma résidence permanente fédérale après l'obtention du certificat de sélection du Québec ?",
    { application: "pr-quebec-federal" },
  ],
];

/** 6. Applications named in native words and common transliterations. */
export const NATIVE_APPLICATION_CASES: readonly Case[] = [
  ["hi", "अध्ययन परमिट का स्टेटस कहाँ देखें?", { application: "study-permit" }],
  ["hi", "कार्य परमिट में कितना समय लगता है?", { application: "work-permit" }],
  ["hi", "पर्यटक वीज़ा कब तक मिलेगा?", { application: "visitor-visa" }],
  ["hi", "माता-पिता प्रायोजन का स्टेटस कहाँ देखें?", { application: "sponsorship-parents" }],
  ["ur", "طالب علم ویزا کا اسٹیٹس کہاں دیکھوں؟", { application: "study-permit" }],
  ["ur", "کام کا اجازت نامہ کتنے دن میں آتا ہے؟", { application: "work-permit" }],
  ["ur", "شریک حیات کی کفالت میں کتنا وقت لگتا ہے؟", { application: "sponsorship-spouse" }],
  ["ur", "پناہ کا دعویٰ کہاں ٹریک کروں؟", { application: "refugee-claim" }],
  ["ur", "مستقل رہائشی کارڈ کب تک ملے گا؟", { application: "pr-card-new" }],
  ["tl", "Gaano katagal ang visa pang-turista?", { application: "visitor-visa" }],
  ["tl", "Saan makikita ang status ng permit sa pag-aaral ko?", { application: "study-permit" }],
];

/** 7. Access level: credentials used or given, adult children, the sponsor's spouse's part. */
export const ACCESS_LEVEL_CASES: readonly Case[] = [
  ["ar", "أعطاني زوجي كلمة المرور الخاصة به لأدخل إلى حسابه، هل هذا مسموح؟", { signals: { credentialSharing: true } }],
  ["ar", "استخدمت كلمة السر الخاصة بأختي لأرى طلبها", { signals: { credentialSharing: true } }],
  ["uk", "Я зайшов під логіном брата, щоб перевірити його заяву", { signals: { credentialSharing: true } }],
  ["uk", "Дружина дала мені свій пароль від GCKey, можна зайти?", { signals: { credentialSharing: true } }],
  ["en", "I'm the mother of a 22-year-old student, can I check her study permit?", { role: "family-member" }],
  ["es", "Soy la madre de un estudiante de 22 años, ¿puedo ver su permiso de estudios?", { role: "family-member" }],
  ["zh", "我是担保人，能看我配偶那部分的申请吗？", { role: "sponsor", signals: { otherPart: true } }],
  ["tl", "Ako ang sponsor, pwede ko bang makita ang parte ng asawa ko?", { role: "sponsor", signals: { otherPart: true } }],
];

/** 8. Roles: the sponsored spouse is the applicant; a dependant; "I applied". */
export const ROLE_GENERALIZATION_CASES: readonly Case[] = [
  ["pa", "ਮੇਰਾ ਪਤੀ ਮੈਨੂੰ ਸਪਾਂਸਰ ਕਰ ਰਿਹਾ ਹੈ, ਮੈਂ ਆਪਣੀ ਅਰਜ਼ੀ ਕਿੱਥੇ ਦੇਖਾਂ?", { role: "applicant" }],
  ["pa", "mera husband mainu sponsor kar reha, status kithe dekhan?", { role: "applicant" }],
  ["pt", "Estou sendo patrocinada pelo meu marido, onde vejo meu pedido?", { role: "applicant" }],
  ["pt", "Faço parte do pedido do meu pai como dependente, posso ver o status?", { role: "dependant" }],
  ["hi", "मैंने खुद अप्लाई किया था, स्टेटस कहाँ देखूं?", { role: "applicant" }],
  ["tl", "Ako mismo ang nag-file ng application, saan ko makikita?", { role: "applicant" }],
];

/** 9. Status labels read in the right system. */
export const STATUS_SYSTEM_CASES: readonly Case[] = [
  ["hi", "मेरे ट्रैकर में मेडिकल के आगे 'Completed' लिखा है, इसका मतलब?", { status: "tracker-completed" }],
  ["pa", "ਸਿਟੀਜ਼ਨਸ਼ਿਪ ਟਰੈਕਰ ਵਿੱਚ ਸਹੁੰ ਸਮਾਗਮ 'In progress' ਦਿਖਾ ਰਿਹਾ ਹੈ, ਇਸਦਾ ਕੀ ਮਤਲਬ?", { status: "cit-oath" }],
  ["en", "Citizenship tracker says 'In progress' for the test, what does it mean?", { status: "cit-test" }],
  ["ar", "الحالة في حسابي مكتوب 'Closed'، ماذا يعني ذلك؟", { status: "account-closed" }],
  ["ar", "طلبي في حسابي مغلقة، ماذا يعني؟", { status: "account-closed" }],
  ["ar", "نظام CAS يعرض 'In process' لطلبي، ماذا يعني؟", { status: "cas-in-process" }],
  ["pt", "No tracker de pedidos, a Background verification está 'Not started', o que significa?", { status: "tracker-not-started" }],
  ["pa", "ਸੀਏਐਸ ਵਿੱਚ ਮੇਰੀ ਅਰਜ਼ੀ ਕੁਝ ਨਹੀਂ ਲੱਭਦੀ, ਕੀ ਮਤਲਬ?", { status: "cas-not-found" }],
  ["es", "¿Qué significa que el test de ciudadanía diga 'Programado'?", { status: "cit-test" }],
  ["tl", "Ano ang ibig sabihin ng 'Review of eligibility' sa account ko?", { status: "account-eligibility-review" }],
  ["tl", "Ano ang ibig sabihin ng eligibility review sa account ko?", { status: "account-eligibility-review" }],
];

/**
 * A second batch, written after the first fixes and scored before touching the lexicons again, to
 * see whether those fixes carry over to wording they were not made for.
 */
export const SECOND_BATCH_CASES: readonly Case[] = [
  ["pa", "ਮੇਰੀ ਘਰਵਾਲੀ ਦਾ ਸਪਾਊਸਲ ਕੇਸ ਕਿੰਨੇ ਮਹੀਨਿਆਂ ਵਿੱਚ ਨਿਪਟੇਗਾ?", { intent: "timeline", application: "sponsorship-spouse" }],
  ["pa", "ਵਿਜ਼ਟਰ ਵੀਜ਼ਾ ਦਾ ਜਵਾਬ ਕਦੋਂ ਤੱਕ ਆ ਜਾਂਦਾ?", { intent: "timeline", application: "visitor-visa" }],
  ["pa", "ki main apne bete di study permit file dekh sakda haan?", { intent: "access" }],
  ["pa", "pr card kithon track karan?", { intent: "trackable", application: "pr-card-new" }],
  ["pa", "ਮੇਰਾ ਸਟੱਡੀ ਪਰਮਿਟ ਗੁਆਚ ਗਿਆ, ਨਵਾਂ ਕਿੰਨੇ ਦਿਨਾਂ ਵਿੱਚ ਮਿਲੂ?", { intent: "timeline", application: "document-replacement" }],
  ["hi", "मेरे भाई का वर्क परमिट मैं ऑनलाइन देख सकता हूँ क्या?", { intent: "access" }],
  ["hi", "नागरिकता की अर्जी में कितने महीने लगते हैं?", { intent: "timeline", application: "citizenship-grant-adult" }],
  ["hi", "mera PGWP kab tak aayega bhai?", { intent: "timeline", application: "work-permit" }],
  ["hi", "मेरा डेटा मिटा दो", { intent: "forget" }],
  ["ur", "میرے شوہر کی درخواست کیا میں دیکھ سکتی ہوں؟", { intent: "access" }],
  ["ur", "شہریت کی درخواست کا اسٹیٹس کہاں سے چیک کروں؟", { intent: "trackable", application: "citizenship-grant-adult" }],
  ["ur", "وزٹ ویزا کا فیصلہ کب آئے گا؟", { intent: "timeline", application: "visitor-visa" }],
  ["es", "¿Cuánto se demora la residencia permanente por Express Entry?", { intent: "timeline", application: "pr-express-entry" }],
  ["es", "¿Me está permitido ver el estado de la visa de mi mamá?", { intent: "access" }],
  ["es", "¿Dónde le doy seguimiento a mi permiso de estudios?", { intent: "trackable", application: "study-permit" }],
  ["es", "Mi esposo me está patrocinando, ¿dónde reviso mi parte?", { role: "applicant" }],
  ["es", "Perdí mi permiso de trabajo, ¿cuánto tarda el reemplazo?", { application: "document-replacement" }],
  ["pt", "Quanto tempo demora o cartão de residente permanente pela primeira vez?", { intent: "timeline", application: "pr-card-new" }],
  ["pt", "Posso ver o processo de visto da minha esposa?", { intent: "access" }],
  ["pt", "Meu processo ainda não foi encaminhado ao IRB, onde acompanho?", { intent: "trackable", signals: { irbReferral: false } }],
  ["fr", "Est-ce que j'ai le droit de consulter le dossier de mon fils de 19 ans ?", { intent: "access", role: "family-member" }],
  ["fr", "En combien de temps on reçoit la citoyenneté ?", { intent: "timeline", application: "citizenship-grant-adult" }],
  ["fr", "J'ai perdu mon permis d'études, comment le remplacer et en combien de temps ?", { application: "document-replacement" }],
  ["ar", "كم شهر يأخذ تصريح الدراسة؟", { intent: "timeline", application: "study-permit" }],
  ["ar", "هل مسموح لي أن أرى طلب ابني البالغ؟", { intent: "access" }],
  ["ar", "وين أتابع طلب الجنسية تبعي؟", { intent: "trackable", application: "citizenship-grant-adult" }],
  ["ar", "زوجي يكفلني، أين أرى حالة طلبي؟", { role: "applicant" }],
  ["ar", "دخلت إلى حساب أخي بكلمة السر الخاصة به", { signals: { credentialSharing: true } }],
  ["fa", "ویزای توریستی چند هفته طول می کشد؟", { intent: "timeline", application: "visitor-visa" }],
  ["fa", "اجازه دارم پرونده همسرم را ببینم؟", { intent: "access" }],
  ["fa", "کارت اقامت دائم اولم را از کجا پیگیری کنم؟", { intent: "trackable", application: "pr-card-new" }],
  ["uk", "Скільки ще чекати на посвідку постійного резидента?", { intent: "timeline" }],
  ["uk", "Чи маю я право дивитися заяву сина, якому 20 років?", { intent: "access", role: "family-member" }],
  ["uk", "Моя справа ще не передана до IRB, де стежити?", { signals: { irbReferral: false } }],
  ["tl", "Gaano katagal bago ma-approve ang spousal sponsorship?", { intent: "timeline", application: "sponsorship-spouse" }],
  ["tl", "Pwede ko bang tingnan ang application ng kapatid ko?", { intent: "access" }],
  ["tl", "Saan ko masusubaybayan ang citizenship application ko?", { intent: "trackable", application: "citizenship-grant-adult" }],
  ["tl", "Nag-apply ako ng PNP na hindi Express Entry, gaano katagal?", { intent: "timeline", application: "pr-pnp" }],
  ["tl", "Paki-delete ng lahat ng data ko", { intent: "forget" }],
  ["zh", "我丈夫的工签我能在网上看吗？", { intent: "access" }],
  ["zh", "入籍大概要等几个月？", { intent: "timeline", application: "citizenship-grant-adult" }],
  ["zh", "学签丢了，补办要多久？", { application: "document-replacement" }],
  ["zh", "我是加拿大武装部队成员，公民申请多久？", { application: "citizenship-caf" }],
  ["zh", "我有哪些提醒？", { intent: "reminder-list" }],
  ["en", "My wife is sponsoring me, where do I see my side of the file?", { role: "applicant" }],
  ["en", "Am I allowed to look at my adult daughter's visitor visa?", { intent: "access", role: "family-member" }],
  ["en", "What does 'In progress' on my oath mean in the citizenship tracker?", { status: "cit-oath" }],
];

/**
 * Everyday words one letter away from a new lexicon word must stay themselves: typo correction
 * would otherwise turn "ever" into a relative or "nova" into a fiancée and invent a role.
 */
export const FALSE_FRIEND_CASES: readonly Case[] = [
  ["en", "Has anyone ever waited this long for a PR card?", { intent: "timeline", role: null }],
  ["tl", "Teka muna, gaano katagal ang PR card?", { intent: "timeline", role: null }],
  ["pt", "Fiz uma nova solicitação de visto, quanto tempo demora?", { intent: "timeline", role: null }],
  ["es", "Lo pedí desde México, ¿dónde veo mi permiso de estudio?", { application: "study-permit" }],
  ["en", "CAS shows 'Decision made', what does it mean?", { status: "cas-decision-made", role: null }],
  // "أخي" opening a sentence is "my brother", not a form of address.
  ["ar", "أخي أرسل لي كلمة السر الخاصة به لأتابع طلبه", { role: "family-member", signals: { credentialSharing: true } }],
];

/** A third batch on roles and access in every language (role was the weakest field on unseen questions). */
export const ROLE_BATCH_CASES: readonly Case[] = [
  ["en", "I'm an immigration consultant, can I see my client's file if she signed the IMM 5476?", { role: "representative" }],
  ["en", "I paid the fees for my nephew's study permit, can I check it?", { role: "payer" }],
  ["en", "As the employer who hired him, can I see his work permit status?", { role: "employer" }],
  ["en", "My 15 year old son applied for a study permit, can I see it as his parent?", { role: "parent-of-minor" }],
  ["fr", "Je suis consultante réglementée, puis-je voir le dossier de ma cliente ?", { role: "representative" }],
  ["fr", "C'est moi qui ai payé les frais de ma cousine, j'ai accès à son dossier ?", { role: "payer" }],
  ["fr", "Je parraine mon mari, est-ce que je peux voir sa partie ?", { role: "sponsor" }],
  ["es", "Soy el empleador de un trabajador temporal, ¿puedo ver su permiso?", { role: "employer" }],
  ["es", "Yo pagué la solicitud de mi sobrina, ¿puedo revisarla?", { role: "payer" }],
  ["es", "Mi hija de 12 años tiene permiso de estudio, ¿puedo ver su estado?", { role: "parent-of-minor" }],
  ["pt", "Sou o representante autorizado dele, posso ver o processo?", { role: "representative" }],
  ["pt", "Eu estou patrocinando minha esposa, posso ver a parte dela?", { role: "sponsor" }],
  ["pt", "Meu filho de 10 anos tem visto de estudante, posso acompanhar?", { role: "parent-of-minor" }],
  ["tl", "Ako ang nagbayad ng application ng pamangkin ko, pwede ko bang makita?", { role: "payer" }],
  ["tl", "Employer ako ng isang caregiver, pwede ko bang i-check ang work permit niya?", { role: "employer" }],
  ["tl", "Ako ang sponsor ng asawa ko, saan ko makikita ang status?", { role: "sponsor" }],
  ["zh", "我是他的移民顾问，可以查看他的申请吗？", { role: "representative" }],
  ["zh", "我帮我侄子付了申请费，我能看他的申请吗？", { role: "payer" }],
  ["zh", "我是雇主，能看员工的工签进度吗？", { role: "employer" }],
  ["hi", "मैं उसका इमिग्रेशन कंसल्टेंट हूँ, क्या मैं उसकी फाइल देख सकता हूँ?", { role: "representative" }],
  ["hi", "मैंने अपने भतीजे की फीस भरी है, क्या मैं उसका स्टेटस देख सकता हूँ?", { role: "payer" }],
  ["hi", "मेरी 14 साल की बेटी का स्टडी परमिट है, क्या मैं देख सकती हूँ?", { role: "parent-of-minor" }],
  ["pa", "ਮੈਂ ਆਪਣੀ ਪਤਨੀ ਨੂੰ ਸਪਾਂਸਰ ਕਰ ਰਿਹਾ ਹਾਂ, ਕੀ ਮੈਂ ਉਸਦਾ ਹਿੱਸਾ ਦੇਖ ਸਕਦਾ ਹਾਂ?", { role: "sponsor" }],
  ["pa", "ਮੈਂ ਆਪਣੇ ਭਤੀਜੇ ਦੀ ਫੀਸ ਭਰੀ ਹੈ, ਕੀ ਮੈਂ ਉਸਦੀ ਅਰਜ਼ੀ ਦੇਖ ਸਕਦਾ ਹਾਂ?", { role: "payer" }],
  ["pa", "main employer haan, worker da work permit check kar sakda haan?", { role: "employer" }],
  ["ur", "میں نے اپنے بھتیجے کی فیس ادا کی ہے، کیا میں اس کی درخواست دیکھ سکتا ہوں؟", { role: "payer" }],
  ["ur", "میں اس کا امیگریشن کنسلٹنٹ ہوں، کیا میں اس کی فائل دیکھ سکتا ہوں؟", { role: "representative" }],
  ["ar", "أنا صاحب العمل، هل يمكنني رؤية تصريح عمل الموظف؟", { role: "employer" }],
  ["ar", "دفعت رسوم طلب ابن أخي، هل يمكنني رؤيته؟", { role: "payer" }],
  ["ar", "أنا مستشار الهجرة الخاص به، هل يمكنني الاطلاع على ملفه؟", { role: "representative" }],
  ["fa", "من کارفرما هستم، می توانم وضعیت پرمیت کار کارمندم را ببینم؟", { role: "employer" }],
  ["fa", "هزینه درخواست برادرزاده ام را من پرداخت کردم، می توانم آن را ببینم؟", { role: "payer" }],
  ["fa", "من همسرم را اسپانسر کرده ام، می توانم بخش او را ببینم؟", { role: "sponsor" }],
  ["uk", "Я роботодавець, чи можу я бачити дозвіл на роботу працівника?", { role: "employer" }],
  ["uk", "Я оплатив збори за заяву племінника, чи можу я її переглянути?", { role: "payer" }],
  ["uk", "Моєму синові 16 років, він подав на дозвіл на навчання, чи можу я бачити статус?", { role: "parent-of-minor" }],
];

/** A fourth batch on status wording, native and quoted, in every language. */
export const STATUS_BATCH_CASES: readonly Case[] = [
  ["en", "My account shows 'Background check' as in progress, what does that mean?", { status: "account-background-check" }],
  ["en", "The tracker says 'Waiting on you' for my spousal file, what should I do?", { status: "tracker-waiting-on-you" }],
  ["en", "What does it mean when ECAS says 'Decision made'?", { status: "cas-decision-made" }],
  ["fr", "Que veut dire « Vérification des antécédents » dans mon compte ?", { status: "account-background-check" }],
  ["fr", "Le suivi indique « Exempté » pour la biométrie, c'est normal ?", { status: "tracker-exempted" }],
  ["fr", "Mon compte dit « Décision finale », ça signifie quoi ?", { status: "account-final-decision" }],
  ["es", "En mi cuenta dice 'Revisión de elegibilidad', ¿qué significa?", { status: "account-eligibility-review" }],
  ["es", "Me llegó el AOR, ¿qué significa?", { status: "aor" }],
  ["es", "En el tracker dice que no ha comenzado la verificación de antecedentes, ¿es normal?", { status: "tracker-not-started" }],
  ["pt", "O que significa 'Decisão final' na minha conta?", { status: "account-final-decision" }],
  ["pt", "Recebi o COPR, o que isso quer dizer?", { status: "copr" }],
  ["tl", "Ano ibig sabihin ng 'Additional documents required' sa account ko?", { status: "account-additional-documents" }],
  ["tl", "Lumabas na 'Medical results have been received' sa ECAS, ano ibig sabihin?", { status: "cas-medical-results-received" }],
  ["zh", "账户里显示需要补充材料是什么意思？", { status: "account-additional-documents" }],
  ["zh", "入籍考试显示进行中，这是什么意思？", { status: "cit-test" }],
  ["zh", "ECAS显示找不到我的申请，怎么回事？", { status: "cas-not-found" }],
  ["hi", "मेरे अकाउंट में 'Final decision' लिखा है, इसका मतलब क्या है?", { status: "account-final-decision" }],
  ["hi", "नागरिकता ट्रैकर में भाषा कौशल 'Completed' है, मतलब?", { status: "cit-language" }],
  ["pa", "ਮੇਰੇ ਅਕਾਊਂਟ ਵਿੱਚ ਬਾਇਓਮੈਟ੍ਰਿਕਸ ਦਾ ਸੁਨੇਹਾ ਹੈ, ਇਸਦਾ ਕੀ ਮਤਲਬ?", { intent: "status-meaning" }],
  ["pa", "ਟਰੈਕਰ ਵਿੱਚ 'Not started' ਲਿਖਿਆ ਹੈ, ਕੀ ਮਤਲਬ ਹੈ?", { status: "tracker-not-started" }],
  ["ur", "میرے اکاؤنٹ میں 'Closed' لکھا ہے، اس کا کیا مطلب ہے؟", { status: "account-closed" }],
  ["ur", "شہریت ٹیسٹ 'Scheduled' دکھا رہا ہے، مطلب کیا ہے؟", { status: "cit-test" }],
  ["ar", "حسابي يظهر 'Additional documents'، ماذا يعني؟", { status: "account-additional-documents" }],
  ["ar", "ماذا يعني أن حالة الحضور الفعلي في متتبع الجنسية 'In progress'؟", { status: "cit-physical-presence" }],
  ["fa", "در حساب من نوشته 'Final decision'، یعنی چه؟", { status: "account-final-decision" }],
  ["fa", "ترکر نوشته مراسم سوگند در جریان است، یعنی چه؟", { status: "cit-oath" }],
  ["uk", "У трекері громадянства 'Prohibitions' — 'In progress', що це означає?", { status: "cit-prohibitions" }],
  ["uk", "В акаунті написано 'Closed', що це означає?", { status: "account-closed" }],
];

/** A fifth batch in the languages that scored lowest (pa, tl, zh, hi, es): every intent, mixed wording. */
export const WEAK_LANGUAGE_CASES: readonly Case[] = [
  ["pa", "ਮੇਰੀ ਸਿਟੀਜ਼ਨਸ਼ਿਪ ਦੀ ਅਰਜ਼ੀ ਕਿੱਥੇ ਟਰੈਕ ਹੁੰਦੀ ਹੈ?", { intent: "trackable", application: "citizenship-grant-adult" }],
  ["pa", "ਕੀ ਮੈਂ ਆਪਣੀ ਭੈਣ ਦਾ ਵਿਜ਼ਟਰ ਵੀਜ਼ਾ ਸਟੇਟਸ ਦੇਖ ਸਕਦੀ ਹਾਂ?", { intent: "access", application: "visitor-visa" }],
  ["pa", "ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ ਪੀਆਰ ਵਿੱਚ ਕਿੰਨੇ ਮਹੀਨੇ ਲੱਗਦੇ ਨੇ?", { intent: "timeline", application: "pr-express-entry" }],
  ["pa", "ਮੇਰਾ ਸਾਰਾ ਡਾਟਾ ਮਿਟਾ ਦਿਓ", { intent: "forget" }],
  ["pa", "spousal open work permit da status kithe dekhiye?", { intent: "trackable", application: "work-permit" }],
  ["pa", "mere papa da super visa kinne dina vich aaunda?", { intent: "timeline", application: "visitor-visa" }],
  ["pa", "ਹਰ ਸੋਮਵਾਰ ਮੈਨੂੰ ਯਾਦ ਕਰਵਾਓ", { intent: "reminder-set" }],
  ["tl", "Paano ko malalaman kung ano na ang status ng PGWP ko?", { intent: "trackable", application: "work-permit" }],
  ["tl", "Kailan kaya lalabas ang desisyon sa citizenship ko?", { intent: "timeline", application: "citizenship-grant-adult" }],
  ["tl", "Pwede ba makita ng nanay ko ang study permit application ko?", { intent: "access" }],
  ["tl", "Ano ang ibig sabihin ng 'Decision made' sa ECAS?", { intent: "status-meaning", status: "cas-decision-made" }],
  [
    "tl",
    "Ilang buwan ang processing ng visitor visa galing Pilipinas?",
    { intent: "timeline", application: "visitor-visa", country: "PH" },
  ],
  ["tl", "Ipakita mo ang mga paalala ko", { intent: "reminder-list" }],
  ["zh", "配偶担保一般要多长时间？", { intent: "timeline", application: "sponsorship-spouse" }],
  ["zh", "我妈妈能看我的学签申请吗？", { intent: "access" }],
  ["zh", "工签状态在哪里能看到？", { intent: "trackable", application: "work-permit" }],
  ["zh", "我可以用我老公的GCKey密码登录吗？", { signals: { credentialSharing: true } }],
  ["zh", "取消所有提醒", { intent: "reminder-cancel" }],
  ["zh", "探亲签证从中国申请要等多久？", { intent: "timeline", application: "visitor-visa", country: "CN" }],
  ["zh", "我弟弟的学签，我能帮他查吗？", { intent: "access" }],
  ["hi", "मेरी पत्नी का वर्क परमिट कब तक आ जाएगा?", { intent: "timeline", application: "work-permit" }],
  ["hi", "सिटीजनशिप एप्लीकेशन का स्टेटस कहाँ पता चलेगा?", { intent: "trackable" }],
  ["hi", "क्या मेरे पापा मेरी पीआर फाइल देख सकते हैं?", { intent: "access" }],
  ["hi", "mere bhai ka study permit main check kar sakta hu kya?", { intent: "access", application: "study-permit" }],
  ["hi", "ट्रैकर में 'Waiting on you' आ रहा है, क्या करूं?", { intent: "status-meaning", status: "tracker-waiting-on-you" }],
  ["es", "¿Cuánto se tarda en salir la ciudadanía canadiense?", { intent: "timeline", application: "citizenship-grant-adult" }],
  ["es", "¿Mi mamá puede entrar a ver mi solicitud de residencia?", { intent: "access" }],
  ["es", "¿Hay alguna página para ver cómo va mi permiso de trabajo?", { intent: "trackable", application: "work-permit" }],
  ["es", "Borra todo lo que tienes sobre mí", { intent: "forget" }],
  ["es", "¿Qué quiere decir 'Exento' en el rastreador?", { intent: "status-meaning", status: "tracker-exempted" }],
];

/** A sixth batch, new wording again for the nine patterns, scored before any further change. */
export const SIXTH_BATCH_CASES: readonly Case[] = [
  ["ur", "میرے بیٹے کی اسٹڈی پرمٹ کی درخواست کیا میں آن لائن دیکھ سکتا ہوں؟", { intent: "access" }],
  ["ur", "ویزا آنے میں عام طور پر کتنے ہفتے لگتے ہیں؟", { intent: "timeline", application: "visitor-visa" }],
  ["ur", "میرا سارا ڈیٹا ڈیلیٹ کر دیں", { intent: "forget" }],
  ["ar", "متى يصدر قرار تصريح العمل عادة؟", { intent: "timeline", application: "work-permit" }],
  ["ar", "هل من حقي أن أتابع طلب زوجتي؟", { intent: "access" }],
  ["ar", "احذف كل بياناتي من فضلك", { intent: "forget" }],
  ["ar", "في حسابي الحالة 'Closed'، هل رُفض طلبي؟", { status: "account-closed" }],
  ["ar", "ECAS مكتوب فيه 'In process'، ماذا يعني هذا؟", { status: "cas-in-process" }],
  ["uk", "Скільки зазвичай розглядають заяву на громадянство?", { intent: "timeline", application: "citizenship-grant-adult" }],
  ["uk", "Чи можна мені переглянути заявку моєї мами?", { intent: "access" }],
  ["uk", "Видаліть усі мої дані", { intent: "forget" }],
  ["uk", "Я військовий канадської армії, скільки чекати громадянство?", { application: "citizenship-caf" }],
  ["es", "Mi solicitud de asilo aún no ha sido enviada al IRB, ¿dónde la sigo?", { signals: {} }],
  ["es", "¿Puedo ver el estado de la solicitud de mi esposo si no tengo su contraseña?", { intent: "access" }],
  ["fr", "J'ai utilisé le mot de passe de mon frère pour voir sa demande, c'est grave ?", { signals: { credentialSharing: true } }],
  ["fr", "Je suis la mère d'une étudiante de 23 ans, puis-je suivre son permis d'études ?", { role: "family-member" }],
  ["hi", "ट्रैकर में पात्रता के आगे 'Completed' दिख रहा है, मतलब?", { status: "tracker-completed" }],
  ["hi", "मेरा केस अभी तक IRB को रेफर नहीं हुआ है, कहाँ देखूं?", { signals: { irbReferral: false } }],
  ["pa", "ਸਿਟੀਜ਼ਨਸ਼ਿਪ ਟੈਸਟ 'In progress' ਦਿਖਾਉਂਦਾ ਹੈ, ਕੀ ਮਤਲਬ?", { status: "cit-test" }],
  ["pa", "ਮੇਰੀ ਪਤਨੀ ਮੈਨੂੰ ਸਪਾਂਸਰ ਕਰ ਰਹੀ ਹੈ, ਮੇਰੀ ਫਾਈਲ ਕਿੰਨਾ ਸਮਾਂ ਲਵੇਗੀ?", { role: "applicant", intent: "timeline" }],
  ["pt", "Minha esposa está me patrocinando, onde acompanho minha parte?", { role: "applicant" }],
  ["pt", "No tracker, 'Verificação de antecedentes' aparece como 'Não iniciado', é normal?", { status: "tracker-not-started" }],
  ["tl", "Ako ang nag-apply ng study permit, saan ko ito makikita?", { role: "applicant", intent: "trackable" }],
  ["tl", "Ano ang ibig sabihin ng 'Closed' sa account ko?", { status: "account-closed" }],
  ["zh", "我的第一张PR卡在哪里查进度？", { application: "pr-card-new", intent: "trackable" }],
  ["zh", "我是担保人，能看到我太太那部分的体检结果吗？", { role: "sponsor", signals: { otherPart: true } }],
  ["zh", "查看我的所有提醒", { intent: "reminder-list" }],
  ["fa", "پرونده من هنوز به IRB فرستاده نشده، کجا پیگیری کنم؟", { signals: {} }],
  ["fa", "در حسابم وضعیت 'Closed' است، یعنی رد شده؟", { status: "account-closed" }],
];

/** A seventh batch: how-will-I-know questions, reminder lists, and more native wording. */
export const SEVENTH_BATCH_CASES: readonly Case[] = [
  ["fr", "Comment savoir si ma demande de résidence permanente avance ?", { intent: "trackable" }],
  ["fa", "از کجا بفهمم درخواست ویزای تحصیلی ام به کجا رسیده؟", { intent: "trackable", application: "study-permit" }],
  ["es", "¿Cómo puedo saber en qué va mi solicitud de ciudadanía?", { intent: "trackable", application: "citizenship-grant-adult" }],
  ["pt", "Como posso saber se meu pedido de PR andou?", { intent: "trackable" }],
  ["zh", "我设置了哪些提醒？", { intent: "reminder-list" }],
  ["zh", "我的提醒都有什么？", { intent: "reminder-list" }],
  ["en", "Which reminders are active for me right now?", { intent: "reminder-list" }],
  ["hi", "मेरी पत्नी के स्पाउस वीजा में कितना टाइम लगेगा?", { intent: "timeline", application: "sponsorship-spouse" }],
  ["ur", "میں اپنے والدین کو اسپانسر کر رہا ہوں، کتنا وقت لگے گا؟", { intent: "timeline", application: "sponsorship-parents" }],
  ["ar", "كفالة والديّ كم تستغرق؟", { intent: "timeline", application: "sponsorship-parents" }],
  ["tl", "Gaano katagal ang PR card renewal ngayon?", { intent: "timeline", application: "pr-card-renewal" }],
  ["uk", "Де перевірити статус поновлення картки постійного резидента?", { intent: "trackable", application: "pr-card-renewal" }],
  ["pa", "ਮੇਰੇ ਮਾਪਿਆਂ ਦੇ ਸੁਪਰ ਵੀਜ਼ਾ ਦਾ ਸਟੇਟਸ ਕਿੱਥੇ ਪਤਾ ਲੱਗੂ?", { intent: "trackable", application: "visitor-visa" }],
  ["pa", "ਮੇਰੀ ਸਾਰੀ ਜਾਣਕਾਰੀ ਡਿਲੀਟ ਕਰ ਦਿਓ", { intent: "forget" }],
  ["zh", "我想知道我的难民申请在哪里可以查到", { intent: "trackable", application: "refugee-claim" }],
  ["es", "Quiero renunciar a la ciudadanía canadiense, ¿cuánto demora?", { intent: "timeline", application: "citizenship-renunciation" }],
  [
    "fr",
    "Mon fils de 8 ans a besoin d'un certificat de citoyenneté, combien de temps ?",
    { intent: "timeline", application: "citizenship-certificate" },
  ],
];

/** An eighth batch: code-switching, typos and transliterations. */
export const EIGHTH_BATCH_CASES: readonly Case[] = [
  ["hi", "bhai mera work permit extension kitne din me aata hai?", { intent: "timeline", application: "work-permit-extension" }],
  ["hi", "meri wife ka spouse visa ka status kahan check karu?", { intent: "trackable", application: "sponsorship-spouse" }],
  ["hi", "kya main apni behen ki PR file dekh sakta hu?", { intent: "access" }],
  ["pa", "mera PGWP kado tak aa jau?", { intent: "timeline", application: "work-permit" }],
  ["pa", "meri citizenship application da status kithe check karan?", { intent: "trackable", application: "citizenship-grant-adult" }],
  ["tl", "Pwede ko bang i-check yung visa ng tita ko?", { intent: "access" }],
  ["tl", "Kelan kaya lalabas yung PR card ko?", { intent: "timeline", application: "pr-card-new" }],
  ["tl", "San ko makikita yung status ng citizenship ko?", { intent: "trackable", application: "citizenship-grant-adult" }],
  [
    "fr",
    "Le tracker dit « In progress » pour mon study permit, c'est normal ?",
    { intent: "status-meaning", status: "tracker-in-progress" },
  ],
  ["fr", "Combien de temps pour un open work permit pour conjoint ?", { intent: "timeline", application: "work-permit" }],
  ["es", "Cuanto tarda el studi permit desde Colombia", { intent: "timeline", application: "study-permit", country: "CO" }],
  ["en", "how lnog does the citizenshp take these days", { intent: "timeline", application: "citizenship-grant-adult" }],
  ["en", "wher do i chek my spousal sponsorhip", { intent: "trackable", application: "sponsorship-spouse" }],
  // Urdu typed in Latin letters cannot be told from Hinglish; "bhai" opening a message is a form of address, not a brother.
  ["hi", "bhai mera visitor visa kab tak aayega?", { intent: "timeline", application: "visitor-visa", role: null }],
  ["uk", "Скільки чекати на study permit з України?", { intent: "timeline", application: "study-permit", country: "UA" }],
];

/** A ninth batch in Punjabi only (the weakest language on unseen questions), Gurmukhi and Latin letters. */
export const PUNJABI_BATCH_CASES: readonly Case[] = [
  ["pa", "ਮੇਰੇ ਬੇਟੇ ਦੀ ਸਟੱਡੀ ਪਰਮਿਟ ਦੀ ਫਾਈਲ ਮੈਂ ਦੇਖ ਸਕਦਾ ਹਾਂ? ਉਹ 21 ਸਾਲ ਦਾ ਹੈ", { intent: "access", role: "family-member" }],
  ["pa", "ਵਰਕ ਪਰਮਿਟ ਐਕਸਟੈਂਸ਼ਨ ਵਿੱਚ ਕਿੰਨਾ ਟਾਈਮ ਲੱਗਦਾ?", { intent: "timeline", application: "work-permit-extension" }],
  ["pa", "ਮੇਰੀ ਨਾਗਰਿਕਤਾ ਦੀ ਅਰਜ਼ੀ ਦਾ ਸਟੇਟਸ ਕਿਵੇਂ ਵੇਖਾਂ?", { intent: "trackable", application: "citizenship-grant-adult" }],
  ["pa", "ਟਰੈਕਰ ਵਿੱਚ 'Waiting on you' ਆ ਰਿਹਾ, ਕੀ ਕਰਾਂ?", { intent: "status-meaning", status: "tracker-waiting-on-you" }],
  ["pa", "ਮੇਰਾ ਰਿਫਿਊਜੀ ਕੇਸ ਹਾਲੇ IRB ਕੋਲ ਨਹੀਂ ਗਿਆ, ਕਿੱਥੇ ਦੇਖਾਂ?", { intent: "trackable", signals: {} }],
  ["pa", "ਮੇਰੇ ਭਰਾ ਨੇ ਮੈਨੂੰ ਆਪਣਾ ਪਾਸਵਰਡ ਦਿੱਤਾ ਹੈ, ਕੀ ਮੈਂ ਲੌਗਇਨ ਕਰ ਸਕਦਾ ਹਾਂ?", { signals: { credentialSharing: true } }],
  ["pa", "ਮੈਂ ਆਪਣੇ ਮਾਪਿਆਂ ਨੂੰ ਸਪਾਂਸਰ ਕੀਤਾ ਹੈ, ਕਿੰਨੇ ਮਹੀਨੇ ਲੱਗਣਗੇ?", { intent: "timeline", application: "sponsorship-parents", role: "sponsor" }],
  ["pa", "ਹਰ ਹਫ਼ਤੇ ਮੈਨੂੰ ਸਟੇਟਸ ਚੈੱਕ ਕਰਨ ਦੀ ਯਾਦ ਦਿਵਾਓ", { intent: "reminder-set" }],
  ["pa", "ਮੇਰੇ ਰਿਮਾਈਂਡਰ ਬੰਦ ਕਰ ਦਿਓ", { intent: "reminder-cancel" }],
  ["pa", "ki mainu apni gharwali di file dekhan di ijazat hai?", { intent: "access" }],
  ["pa", "ਪੀਆਰ ਕਾਰਡ ਰੀਨਿਊ ਕਰਨ ਨੂੰ ਕਿੰਨਾ ਚਿਰ ਲੱਗਦਾ?", { intent: "timeline", application: "pr-card-renewal" }],
  ["pa", "ਮੇਰਾ ਵਰਕ ਪਰਮਿਟ ਗੁੰਮ ਹੋ ਗਿਆ, ਨਵਾਂ ਕਿਵੇਂ ਮਿਲੂ?", { application: "document-replacement" }],
];

/** Own part, stated roles and shared GCKeys: what the asker may see depends on who they say they are. */
export const OWN_PART_CASES: readonly Case[] = [
  [
    "en",
    "I'm the sponsor of my husband. Can I see just my sponsor part in the tracker?",
    { intent: "access", role: "sponsor", signals: { ownPart: true } },
  ],
  [
    "fr",
    "Je suis le répondant de ma conjointe : est-ce que je peux voir ma partie du dossier dans l'outil de suivi ?",
    { intent: "access", role: "sponsor", signals: { ownPart: true } },
  ],
  [
    "pt",
    "Sou a patrocinadora do meu marido, posso ver só a minha parte no tracker?",
    { intent: "access", role: "sponsor", signals: { ownPart: true } },
  ],
  [
    "uk",
    "Я спонсорую дружину, чи можу я бачити свою частину у трекері?",
    { intent: "access", role: "sponsor", signals: { ownPart: true } },
  ],
  [
    "en",
    "My sister gave me her GCKey so I can check her visitor visa, is that fine?",
    { intent: "access", role: "family-member", signals: { credentialSharing: true } },
  ],
  [
    "es",
    "Mi mamá me pasó su GCKey para revisar su solicitud de visa, ¿puedo usarlo?",
    { intent: "access", signals: { credentialSharing: true } },
  ],
  [
    "zh",
    "我用我老公的GCKey登录帮他看工签进度可以吗",
    { intent: "access", application: "work-permit", signals: { credentialSharing: true } },
  ],
  [
    "en",
    "I am the principal applicant on our Express Entry file. Am I allowed to open a tracker account myself?",
    { intent: "access", role: "applicant", status: null },
  ],
  [
    "es",
    "Soy el solicitante principal del permiso de trabajo, ¿puedo ver el estado yo mismo en el tracker?",
    { intent: "access", role: "applicant" },
  ],
  ["en", "I'm the sponsor, where do I check the status of the sponsorship for my wife?", { intent: "trackable", role: "sponsor" }],
  ["en", "which reminders have I set?", { intent: "reminder-list" }],
];

/** Round 3: a sponsor who only sees their own part asks for the rest; first-person payers; language and data verbs. */
export const ROUND_THREE_CASES: readonly Case[] = [
  [
    "en",
    "I sponsored my mom and the tracker only shows my part, how do I see hers too?",
    { intent: "access", role: "sponsor", signals: { otherPart: true } },
  ],
  [
    "es",
    "Patrocino a mi esposo y solo veo mi parte en el tracker, ¿cómo veo la de él?",
    { intent: "access", role: "sponsor", signals: { otherPart: true } },
  ],
  [
    "uk",
    "Я спонсор дружини, але бачу тільки свою частину. Як побачити її частину?",
    { intent: "access", role: "sponsor", signals: { otherPart: true } },
  ],
  [
    "fr",
    "J'ai payé les frais pour le permis d'études de mon neveu, est-ce que je peux suivre son dossier ?",
    { intent: "access", role: "payer" },
  ],
  ["zh", "我弟弟的学签申请费是我付的，我能查他的进度吗", { intent: "access", role: "payer", application: "study-permit" }],
  [
    "pt",
    "Meu marido me patrocina, posso ver a parte dele de patrocinador?",
    { intent: "access", role: "applicant", signals: { otherPart: true } },
  ],
  ["fa", "لطفا از این به بعد فارسی جواب بده", { intent: "language", targetLocale: "fa" }],
  ["pa", "hun ton punjabi vich jawab deyo ji", { intent: "language", targetLocale: "pa" }],
  ["ar", "بطّل التذكيرات من فضلك", { intent: "reminder-cancel" }],
  ["fa", "همه اطلاعات من رو پاک کن", { intent: "forget" }],
  ["es", "Mi lawyer dice que pida una revisión judicial, ¿qué chances tengo?", { intent: "out-of-scope" }],
  ["hi", "मेरे भाई ने वर्क परमिट एक्सटेंशन अप्लाई किया है, ये किस वेबसाइट पर दिखेगा?", { intent: "trackable", application: "work-permit-extension" }],
  ["uk", "Подали на заміну загубленого документа, де це відстежувати?", { intent: "trackable", application: "document-replacement" }],
  [
    "ur",
    "پی آر پورٹل میں فوٹو accepted لکھا آ رہا ہے، اس کا کیا مطلب ہے؟",
    { intent: "status-meaning", status: "pr-portal-photo-accepted" },
  ],
  ["en", "ecas keeps saying no match for my details, why?", { intent: "status-meaning", status: "cas-not-found" }],
];

/** Round 5: statuses that ask for next steps, PR-portal labels, ages before stemming, rare applications, deletion that is a report. */
export const ROUND_FIVE_CASES: readonly Case[] = [
  [
    "es",
    "Mi cuenta dice 'We need additional documents', ¿qué tengo que mandar?",
    { intent: "status-meaning", status: "account-additional-documents" },
  ],
  ["zh", "tracker上显示Waiting on you，我该做什么？", { intent: "status-meaning", status: "tracker-waiting-on-you" }],
  [
    "en",
    "PR portal says photo accepted, what now?",
    { intent: "status-meaning", application: "pr-confirmation", status: "pr-portal-photo-accepted" },
  ],
  ["fa", "برای دختر ۱۲ ساله‌مون درخواست شهروندی دادیم، کجا پیگیری کنیم؟", { intent: "trackable", application: "citizenship-grant-minor" }],
  [
    "uk",
    "CAS пише, що нічого не знайдено за моїми даними. Невже мою заявку видалили?",
    { intent: "status-meaning", status: "cas-not-found" },
  ],
  ["fr", "Je veux que tu supprimes mes données", { intent: "forget" }],
  ["pt", "Pedi uma busca nos registros de cidadania, dá para acompanhar no rastreador?", { application: "citizenship-search" }],
  ["ur", "Maine citizenship records ki search ki darkhwast di hai, kahan track karun?", { application: "citizenship-search" }],
  ["tl", "Gaano pa katagal ang PR card renewal ngayon?", { intent: "timeline", application: "pr-card-renewal" }],
  ["uk", "Як довго зараз триває продовження ворк перміту?", { intent: "timeline", application: "work-permit-extension" }],
  ["ar", "نحن شركة في تورونتو وعندنا موظف قدّم تمديد تصريح العمل، نقدر نشوف حالته؟", { intent: "access", role: "employer" }],
  ["hi", "sponsor mera bhai hai par fees maine bhari thi, kya main status dekh sakta hu?", { role: "payer" }],
];

/** Round 7: Latin look-alikes inside Cyrillic words, Hinglish language switch, Persian/Punjabi pauses, programme names. */
export const ROUND_SEVEN_CASES: readonly Case[] = [
  ["uk", "скiльки чекати на ворк пермiт зараз?", { intent: "timeline", application: "work-permit" }],
  ["hi", "please english mein reply karo", { intent: "language", targetLocale: "en" }],
  ["fa", "یادآورها رو چند روز نگه دار", { intent: "reminder-cancel", reminderOp: "pause" }],
  ["pa", "ਰੀਮਾਈਂਡਰ ਇੱਕ ਹਫ਼ਤੇ ਲਈ ਰੋਕ ਦਿਓ", { intent: "reminder-cancel", reminderOp: "pause" }],
  ["es", "¿cuánto está tardando el programa Atlántico (AIP)?", { intent: "timeline", application: "pr-economic-other" }],
  ["fr", "Supprimez toutes mes informations s'il vous plaît", { intent: "forget" }],
  ["en", "delete all my data, the reminders too", { intent: "forget" }],
  ["es", "borra mis recordatorios", { intent: "reminder-cancel" }],
];

export const GENERALIZATION_GROUPS: Readonly<Record<string, readonly Case[]>> = {
  "1 intent coverage": INTENT_COVERAGE_CASES,
  "2 third party": THIRD_PARTY_CASES,
  "3 track and list": TRACK_AND_LIST_CASES,
  "4 irb negation": IRB_NEGATION_CASES,
  "5 application confusion": APPLICATION_CONFUSION_CASES,
  "6 native application names": NATIVE_APPLICATION_CASES,
  "7 access level": ACCESS_LEVEL_CASES,
  "8 roles": ROLE_GENERALIZATION_CASES,
  "9 status system": STATUS_SYSTEM_CASES,
  "second batch": SECOND_BATCH_CASES,
  "false friends": FALSE_FRIEND_CASES,
  "role batch": ROLE_BATCH_CASES,
  "status batch": STATUS_BATCH_CASES,
  "weak languages": WEAK_LANGUAGE_CASES,
  "sixth batch": SIXTH_BATCH_CASES,
  "seventh batch": SEVENTH_BATCH_CASES,
  "eighth batch": EIGHTH_BATCH_CASES,
  "punjabi batch": PUNJABI_BATCH_CASES,
  "own part and stated roles": OWN_PART_CASES,
  "round three: split-file parts, payers, verbs": ROUND_THREE_CASES,
  "round five: next steps, portal labels, ages, rare applications": ROUND_FIVE_CASES,
  "round seven: homoglyphs, switches, pauses, programmes": ROUND_SEVEN_CASES,
};
