import type { Lexicon } from "./types.js";

/**
 * Application types (taxonomy ids) plus a few pseudo-ids resolved by the understander:
 * `pr-generic` (permanent residence without a program) and `sponsorship-generic` (a sponsorship
 * whose relative decides the type). Default weight 2; stronger, more specific phrases weigh more.
 */
export const APPLICATION_LEXICON: Lexicon = {
  "pr-express-entry": [
    "اكسبرس انتري^3|الاكسبرس انتري^3|إكسبريس إنتري^3|اكسبريس انتري^3|الإكسبرس^2.5|اکسپرس انتری^3|ایکسپریس انٹری^3|एक्सप्रेस एंट्री^3|ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ^3|快速通道^3|експрес ентрі^3",
    "express entry|expres entry|express entery|ee^1.5|ee pr|ee profile|fsw|federal skilled worker*|cec|canadian experience class|fst|federal skilled trade*|enhanced pnp^3|pnp through express entry^3|ee pnp^3",
    "entree express|entree expresse|programme des travailleurs qualifies|experience canadienne|pec",
    "entrada express|entrada expres|experiencia canadiense|entrada expressa|experiencia canadense",
    "快速通道|快速移民|एक्सप्रेस एंट्री|ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ|ਐਕਸਪ੍ਰੈੱਸ ਐਂਟਰੀ|ایکسپریس انٹری|الدخول السريع|اكسبريس انتري|اکسپرس انتری|اکسپرس اینتری|експрес ентрі|експрес-ентрі",
  ],
  "pr-pnp": [
    "پی ان پی^3|غیر اکسپرس انتری^4|غیر اکسپرس^3.5|non express entry^4|non ee^3.5|base pnp^4|paper based pnp^4|pnp papier^4|pnp en papel^4|pnp non express^4|非快速通道^4|非ee^3.5",
    "hindi dumaan sa express entry^3|hindi sa express entry^3|hindi through express entry^3|hindi express entry^3|hindi ee^3|not via express entry^3|not under express entry^3|without express entry^3|non express entry^3|non ee^3|sin express entry^3|no por express entry^3|no es de express entry^3|sem express entry^3|nao pelo express entry^3|pas par entree express^3|pas via entree express^3|hors de l entree express^3|sans entree express^3|express entry के बिना^3|express entry से नहीं^3|express entry ਤੋਂ ਬਿਨਾਂ^3|express entry ਰਾਹੀਂ ਨਹੀਂ^3|express entry کے بغیر^3|بغیر express entry^3|بدون express entry^3|بدون اکسپرس انتری^3|ليس عبر express entry^3|خارج express entry^3|без express entry^3|не через express entry^3|不是通过ee^3|不是ee^3|非ee^3|非快速通道^3|不走快速通道^3|纸质省提名^3|基础省提名^3",
    "outside express entry^3|not through express entry^3|not express entry^3|hors entree express^3|fuera de express entry^3|no es por express entry^3|fora do express entry^3|nao e pelo express entry^3|pnp|provincial nominee*|provincial nomination|base pnp^3|pnp base^3|paper pnp^3|paper based pnp^3|non express entry pnp^3|non ee pnp^3|oinp|bc pnp|sinp|mpnp|aaip|nsnp",
    "nomination provinciale|programme des candidats des provinces|candidats des provinces|pcp",
    "nominado provincial|programa de nominados provinciales|nominacion provincial|nomeacao provincial|programa de nomeacao provincial|programa provincial",
    "省提名|प्रांतीय नामांकन|ਪੀਐਨਪੀ|ਸੂਬਾਈ ਨਾਮਜ਼ਦਗੀ|پی این پی|صوبائی نامزدگی|الترشيح الإقليمي|برنامج الترشيح|نامزدی استانی|برنامه استانی|провінційн{а,ої,у,ій} номінаці{я,ї,ю}|провінційн{а,ої,у,ій} програм{а,и,у,і}",
  ],
  "pr-economic-other": [
    "aip^3|atlantic immigration^3|programa atlantico^3|programme d immigration au canada atlantique^3|atlantic immigration program^3|rnip^3|rural and northern^3|agri food pilot^3|home care worker^3|self employed^3|travailleur autonome^3|autonomo^2.5",
    "start up visa^3|startup visa^3|start-up visa^3|visa pour demarrage d entreprise^3|visa de startup^3|visa de emprendedor^3|استارتاپ ویزا^4|استارت آپ ویزا^4|ویزای استارتاپ^4|تأشيرة الشركات الناشئة^4|ستارت اب فيزا^4|स्टार्टअप वीज़ा^4|स्टार्ट अप वीजा^4|ਸਟਾਰਟਅਪ ਵੀਜ਼ਾ^4|اسٹارٹ اپ ویزا^4|创业签证^4|стартап віз*^4",
    "atlantic immigration*|aip|atlantic pilot|caregiver*^1|home child care provider*|home support worker*|start up visa|startup visa|self employed|rural and northern|rnip|rural community|agri food*|agrifood",
    "immigration au canada atlantique|programme d immigration au canada atlantique|aide familial*|aides familiaux|demarrage d entreprise|travailleurs autonomes",
    "programa de inmigracion del atlantico|inmigracion del atlantico|programa de imigracao do atlantico|imigracao do atlantico|cuidador*^1|cuidadora*^1",
    "大西洋移民|大西洋省|अटलांटिक इमिग्रेशन|ਐਟਲਾਂਟਿਕ|اٹلانٹک|برنامج الهجرة الأطلسي|الأطلسي|آتلانتیک|атлантичн*",
  ],
  "pr-quebec-federal": [
    "csq done^3|csq approved^3|csq received^3|pr app with ircc^3|federal application^3|federal stage^3",
    "csq na ako^3|may csq na^3|meron na akong csq^3|j ai mon csq^3|j ai enfin mon csq^3|on a le csq^3|ya tengo el csq^3|ja tenho o csq^3|已经有csq^3|csq已经下来^3",
    "demande de rp au federal^3|demande au federal^3|envoye au federal^3|au federal^2|submit ng pr sa ircc^3|pr sa ircc^2.5|الطلب الفدرالي^3|الطلب الفيدرالي^3|المرحلة الفدرالية^3",
    "федеральну заявку^3|федеральна заявка^3|федеральний етап^3|csq на руках^3|federal pr^3|فیڈرل پی آر^3|فیڈرل pr^3|وفاقی پی آر^3|csq مل گیا^3|csq ملا^3|pr فدرال^3|اقامت فدرال^3|الإقامة الفيدرالية^3|联邦pr^3|联邦阶段^3|फेडरल pr^3|ਫੈਡਰਲ pr^3|federal na pr^3",
    "recu mon csq^3|recu le csq^3|obtenu mon csq^3|j ai mon csq^3|apres le csq^3|apres mon csq^3|rp federale^3|demande de rp federale^3|got my csq^3|received my csq^3|after my csq^3|after the csq^3|tengo el csq^3|recibi el csq^3|recebi o csq^3|recebi meu csq^3|csq mil gaya^3|csq aa gaya^3|csq मिल^3|拿到csq^3|获得csq^3|csq下来^3|حصلت على csq^3|csq گرفتم^3|csq مل گیا^3|отримав csq^3|отримала csq^3",
    "federal pr after csq^3|pr after csq^3|pr after my csq^3|quebec selected*^3|quebec skilled worker pr^3|federal stage^2|federal part^2|federal application^2",
    "residence permanente au federal^3|residence permanente federale^3|demande federale^3|au federal^1.5|apres le csq^3|apres mon csq^3|etape federale^3",
    "residencia permanente federal^3|etapa federal^3|residencia permanente federal^3",
  ],
  "quebec-selection": [
    "csq^2|quebec selection^3|selection by quebec|arrima^3|peq^3|quebec experience program*^3|pstq^3|quebec skilled worker program^3|mifi^1.5",
    "certificat de selection*^3|certificat de selection du quebec^3|selection du quebec^3|programme de l experience quebecoise^3|experience quebecoise^3",
    "certificado de seleccion*^3|certificado de selecao*^3|selecao de quebec|魁北克甄选证书^3|魁省甄选|魁北克选择证书|क्यूबेक चयन|کیوبیک سلیکشن|شهادة الاختيار|گواهی انتخاب کبک|сертифікат відбору",
  ],
  "sponsorship-spouse": [
    "स्पाउस वीजा^3|स्पाउज वीजा^3|स्पाउस वीसा^3|स्पाउसल वीजा^3|पत्नी का वीजा^2.5|पति का वीजा^2.5|spouse ka visa^3|ਪਤਨੀ ਦਾ ਵੀਜ਼ਾ^2.5|ਪਤੀ ਦਾ ਵੀਜ਼ਾ^2.5|بیوی کا ویزا^2.5|شوہر کا ویزا^2.5|ویزای همسر^2.5|تأشيرة الزوجة^2.5|تأشيرة الزوج^2.5|visa de esposa^2.5|visa de conyuge^2.5|visto de conjuge^2.5|visa de conjoint^2.5|віза для дружини^2.5|配偶签证^3|夫妻团聚^3",
    "पति/पत्नी प्रायोजन^3|पति पत्नी प्रायोजन^3|जीवनसाथी प्रायोजन^3|जीवनसाथी की स्पॉन्सरशिप^3|पत्नी को स्पॉन्सर^3|पति को स्पॉन्सर^3|spouse visa^3|spouse sponsorship^3|spousal visa^3|spouse open work^1|ਸਪਾਊਸ ਵੀਜ਼ਾ^3|ਸਪਾਊਜ਼ ਵੀਜ਼ਾ^3|ਪਤਨੀ ਦੀ ਸਪਾਂਸਰਸ਼ਿਪ^3|ਪਤੀ ਦੀ ਸਪਾਂਸਰਸ਼ਿਪ^3|شریک حیات کی کفالت^3|شریک حیات کی اسپانسرشپ^3|بیوی کی اسپانسرشپ^3|شوہر کی اسپانسرشپ^3|اسپاؤز ویزا^3|سپاؤس ویزا^3|اسپاؤس اسپانسرشپ^3|بیوی کی کفالت^3|شوہر کی کفالت^3|كفالة زوجية^3|لم الشمل للزوج^3|لم شمل الزوجة^3|اسپانسری همسر^3|sponsor sa asawa^3|pag sponsor sa asawa^3|spousal ko^3|配偶担保移民^3|спонсорування чоловіка^3|спонсорування дружини^3",
    "spousal^3|spouse sponsorship^3|spousal sponsorship^3|sponsoring my wife^3|sponsoring my husband^3|sponsoring my spouse^3|sponsoring my partner^3|sponsor my wife^3|sponsor my husband^3|sponsor my spouse^3|partner sponsorship^3|common law sponsorship|conjugal",
    "parrainage de conjoint^3|parrainage du conjoint^3|parrainage de mon conjoint^3|parrainage de ma conjointe^3|parrainage d epoux^3|parrainage de l epoux^3|parrainage conjugal^3|parrainer ma femme^3|parrainer mon mari^3|parrainer mon conjoint^3|parrainer ma conjointe^3|parrainage de ma femme^3|parrainage de mon mari^3",
    "patrocinio de conyuge^3|patrocinio conyugal^3|patrocinio de esposa^3|patrocinio de esposo^3|patrocinar a mi esposa^3|patrocinar a mi esposo^3|patrocinio de conjuge^3|patrocinio conjugal^3|patrocinar minha esposa^3|patrocinar meu marido^3",
    "配偶担保^3|配偶团聚^3|配偶移民^3|担保配偶^3|स्पाउसल^3|स्पाउस स्पॉन्सरशिप^3|पत्नी की स्पॉन्सरशिप^3|ਸਪਾਊਸਲ^3|ਸਪਾਉਸਲ^3|ਸਪਾਊਜ਼ ਸਪਾਂਸਰਸ਼ਿਪ^3|اسپاؤزل^3|سپاؤزل^3|سپاوزل^3|كفالة الزوج^3|كفالة الزوجة^3|كفالة زوجتي^3|كفالة زوجي^3|اسپانسرشیپ همسر^3|اسپانسری همسر^3|اسپانسر همسر^3|спонсорство чоловіка^3|спонсорство дружини^3|спонсорство подружжя^3|спонсорство партнера^3",
  ],
  "sponsorship-dependent-child": [
    "dependent child*^3|dependant child*^3|child sponsorship^3|sponsoring my son^3|sponsoring my daughter^3|sponsoring my child*^3|sponsor my son^3|sponsor my daughter^3",
    "enfant a charge^3|enfants a charge^3|parrainage d un enfant^3|parrainer mon fils^3|parrainer ma fille^3|hijo dependiente^3|hija dependiente^3|hijo a cargo^3|filho dependente^3|filha dependente^3",
    "受抚养子女^3|担保子女^3|आश्रित बच्चे^3|ਨਿਰਭਰ ਬੱਚੇ^3|زیر کفالت بچے^3|ابنه المعال^3|ابني المعال^3|الابن المعال^3|الطفل المعال^3|فرزند تحت تکفل^3|дитини на утриманні^3|дитина на утриманні^3",
  ],
  "sponsorship-parents": [
    "قدمنا على أهلي^3|كفالة الأهل^3|كفالة اهلي^3|كفالة الوالدين^3|كفالة والدي^3|كفالة ابوي وامي^3|اسپانسرشیپ والدین^3|اسپانسر پدر و مادر^3|والدین کی اسپانسرشپ^3",
    "माता पिता प्रायोजन^3|माता-पिता प्रायोजन^3|माता पिता की स्पॉन्सरशिप^3|पेरेंट्स स्पॉन्सरशिप^3|पीजीपी^3|parents sponsorship^3|ਮਾਪਿਆਂ ਦੀ ਸਪਾਂਸਰਸ਼ਿਪ^3|ਮਾਪਿਆਂ ਨੂੰ ਸਪਾਂਸਰ^3|والدین کی کفالت^3|والدین کو اسپانسر^3|كفالة الأهل^3|كفالة والدي^3|اسپانسری والدین^3|sponsor sa magulang^3|pag sponsor sa magulang^3|担保父母移民^3|спонсорування батьків^3",
    "pgp^3|parents and grandparents^3|parent and grandparent^3|sponsoring my parents^3|sponsor my parents^3|parents sponsorship^3|parent sponsorship^3|sponsoring my mother^3|sponsoring my father^3|sponsoring my mom^3",
    "ppgp^3|parrainage des parents*^3|parents et grands parents^3|parrainer mes parents^3|padres y abuelos^3|patrocinar a mis padres^3|pais e avos^3|patrocinar meus pais^3",
    "父母团聚^3|父母移民^3|担保父母^3|माता पिता की स्पॉन्सरशिप^3|ਮਾਪਿਆਂ ਦੀ ਸਪਾਂਸਰਸ਼ਿਪ^3|والدین کی اسپانسرشپ^3|كفالة الوالدين^3|اسپانسر والدین^3|спонсорство батьків^3",
  ],
  "sponsorship-other-relative": ["orphan*|other relative*|lonely canadian|autres membres de la parente|otro familiar|outro parente"],
  "pr-humanitarian": [
    "h c^3|h and c^3|humanitarian*^3|compassionate^3|humanitaire*^3|motifs d ordre humanitaire^3|ch^1",
    "razones humanitarias^3|humanitaria*^3|humanitario*^3|razoes humanitarias^3|humanitarias^3",
    "人道主义^3|人道^2|मानवीय^3|ਮਨੁੱਖਤਾਵਾਦੀ^3|انسانی ہمدردی^3|إنسانية^3|الإنسانية^3|بشردوستانه^3|гуманітарн*^3",
  ],
  "pr-protected-person": [
    "protected person maan*^4|protected person ban*^4|protected person status^4|as a protected person^4|protected person ke taur^4|protected person hone^4|en tant que personne protegee^4|como persona protegida^4|como pessoa protegida^4",
    "پروٹیکٹڈ پرسن^3|محفوظ شخص^3|شخص محمي^3|الشخص المحمي^3|فرد حمایت شده^3|شخص حمایت شده^3|protected person^3|personne protegee^3|persona protegida^3|pessoa protegida^3|захищена особа^3|захищеної особи^3|受保护人^3|संरक्षित व्यक्ति^3|ਸੁਰੱਖਿਅਤ ਵਿਅਕਤੀ^3",
    "protected person*^3|convention refugee*^3|pr as a refugee^3|personne protegee^3|refugie au sens de la convention^3|persona protegida^3|pessoa protegida^3",
    "受保护人^3|संरक्षित व्यक्ति^3|ਸੁਰੱਖਿਅਤ ਵਿਅਕਤੀ^3|محفوظ شخص^3|شخص محمي^3|الشخص المحمي^3|فرد حمایت شده^3|захищена особа^3|захищеної особи^3",
  ],
  "refugee-claim": [
    "boc form^3|basis of claim^4|claim kita si^2.5|airport te claim^3|ਏਅਰਪੋਰਟ ਤੇ ਕਲੇਮ^3|claim at the airport^3|claimed at the airport^3",
    "پناہ کا دعوی^3|پناہ گزین^2|پناہ گزینی^3|सियासी शरण^3|शरणार्थी दावा^3|शरणार्थी^2|ਸ਼ਰਨਾਰਥੀ^2|ਰਿਫਿਊਜੀ^2|रिफ्यूजी^2|ریفیوجی^2|طلب اللجوء^3|لاجئ^1.5|درخواست پناهندگی^3|refugee claim ko^3|pag aasylum^2|заява на притулок^3|难民申请^3|申请难民^3",
    "refugee claim*^3|asylum*^2.5|refugee^1|claim for refugee protection^3|refugee hearing^3|irb^1|basis of claim^3",
    "demande d asile^3|asile^2.5|demandeur d asile^3|refugie*^1|cisr^1|solicitud de asilo^3|asilo^2.5|refugiado*^1|pedido de refugio^3|refugio^2",
    "难民^2|庇护^2.5|शरण^2.5|ਸ਼ਰਨ^2.5|ਪਨਾਹ^2.5|پناہ^2.5|لجوء^3|طلب لجوء^3|لاجئ^1.5|پناهندگی^3|پناهنده^2|притулок^3|притулку^3|біженц*^1.5",
  ],
  "pr-confirmation": [
    "pr ਪੋਰਟਲ ਦਾ ਸੱਦਾ^3|ਪੋਰਟਲ ਦਾ ਸੱਦਾ^3|pr portal invite^3|pr portal invitation^3|invitation to the pr portal^3|invited to the pr portal^3|pr portal da sadda^3|पोर्टल का इनवाइट^3|पोर्टल का निमंत्रण^3|پورٹل کا دعوت نامہ^3|پورٹل کی دعوت^3|دعوة بوابة^3|دعوة للبوابة^3|دعوت پورتال^3|دعوتنامه پورتال^3|запрошення на pr портал^3|pr portal邀请^3|pr portal的邀请^3|invitation au portail^3|invitacion al portal^3|convite do portal^3|convite para o portal^3",
    "pr确认^3|等pr确认^3|登陆确认^3|pr confirmation portal^3|confirmation de la rp^3|confirmation de rp^3",
    "confirmacao da pr^3|confirmacao da minha pr^3|confirmacao de residencia permanente^3|confirmar a residencia^3|confirmar minha pr^3|confirmacion de la residencia^3|confirmar la residencia^3|confirmacion de pr^3|confirmation de la rp^3|confirmer ma rp^3|confirmer la residence permanente^3|تأكيد الإقامة^3|تاكيد الاقامة^3|بوابة الإقامة الدائمة^3|بوابة الاقامة الدائمة^3|تایید اقامت^3|پورتال اقامت دائم^3|پی آر کی تصدیق^3|پی آر کنفرمیشن^3|पीआर कन्फर्मेशन^3|pr confirmation^3|confirm my pr^3|confirm pr^3|підтвердження пмп^3|підтвердити пмп^3|确认永居^3|永居确认^3|确认pr^3",
    "pr confirmation^3|confirmation of pr^3|pr portal^1|landing^0.8|virtual landing^3|landing appointment^3|pr landing^3",
    "portail rp^1|portail de la residence permanente^1|confirmation de rp^3|confirmation de la rp^3|portal de rp^1|portal de residencia permanente^1|confirmacion de rp^3|confirmacao de rp^3",
    "永久居民确认^3|登陆^1|पीआर पोर्टल^1|ਪੀਆਰ ਪੋਰਟਲ^1|پی آر پورٹل^1|بوابة الإقامة الدائمة^1|پورتال اقامت دائم^1|портал постійного резидента^1|портал пмп^1",
  ],
  "pr-card-new": [
    "بطاقة ال pr^3|بطاقة الإقامة^2.5|كرت ال pr^3|كرت الاقامة^2.5",
    "pr 卡^1.5|第一张pr卡^3|第一张 pr 卡^3|新pr卡^3|新的pr卡^3|第一张枫叶卡^3|首张枫叶卡^3|新枫叶卡^3|新的枫叶卡^3|首次申请枫叶卡^3|first time pr card^3|my first pr card^3|initial pr card^3|new permanent resident card^3|primera tarjeta de residente^3|primeira tarjeta^3|primeiro cartao de residente^3|primeiro cartao pr^3|premiere carte de resident permanent^3|nouvelle carte rp^3|unang pr card^3|bagong pr card^3|पहला पीआर कार्ड^3|नया पीआर कार्ड^3|پہلا پی آر کارڈ^3|نیا پی آر کارڈ^3|مستقل رہائشی کارڈ^1.5|مستقل رہائش کارڈ^1.5|स्थायी निवासी कार्ड^1.5|ਸਥਾਈ ਨਿਵਾਸੀ ਕਾਰਡ^1.5|پہلا کارڈ^1.5|أول بطاقة إقامة^3|اولین کارت اقامت^3|перша картка^3|першу картку^3|bagong permanent resident card^3",
    "pr card^1.5|first pr card^3|new pr card^3|pr card after landing^3|my pr card^1.5|permanent resident card^1.5",
    "carte rp^1.5|carte de rp^1.5|premiere carte rp^3|carte de resident permanent^1.5|tarjeta de rp^1.5|tarjeta de residente permanente^1.5|cartao de rp^1.5|cartao de residente permanente^1.5|cartao pr^1.5",
    "枫叶卡^1.5|पीआर कार्ड^1.5|ਪੀਆਰ ਕਾਰਡ^1.5|pr ਕਾਰਡ^1.5|ਪਹਿਲਾ pr ਕਾਰਡ^3|ਪਹਿਲਾ ਪੀਆਰ ਕਾਰਡ^3|پی آر کارڈ^1.5|pr کارڈ^1.5|بطاقة الإقامة الدائمة^1.5|بطاقة الاقامة^1.5|کارت اقامت دائم^1.5|کارت pr^1.5|картка постійного резидента^1.5|картку постійного резидента^1.5|pr картк*^1.5|naya pr card^3|pehla pr card^3",
  ],
  "pr-card-renewal": [
    "تجديد كرت ال pr^3|تجديد كرت^3|تجديد الكرت^3|تجديد بطاقة pr^3|تجديد كارت^3|pr карт{у,и,а} поновлення^3|поновлення pr карт{у,и}^3|нову pr карту поновлення^3",
    "pr कार्ड रिन्यूअल^3|पीआर कार्ड रिन्यूअल^3|pr कार्ड रिन्यू^3|कार्ड रिन्यूअल^2.5|pr card renew*^3|pr ਕਾਰਡ ਰੀਨਿਊ*^3|ਪੀਆਰ ਕਾਰਡ ਰੀਨਿਊ*^3|pr کارڈ رینیو*^3|پی آر کارڈ رینیو*^3|پی آر کارڈ کی تجدید^3|تجديد بطاقة الإقامة^3|تمدید کارت اقامت^3|تمدید پی آر کارت^3|продовження pr картки^3|поновлення pr картки^3|pr卡续签^3|枫叶卡续签^3|续枫叶卡^3",
    "pr card renewal^3|renew my pr card^3|renewing my pr card^3|pr card replacement^3|replace my pr card^3|renewal of my pr card^3",
    "renouvellement de la carte rp^3|renouveler ma carte rp^3|renovacion de la tarjeta de residente^3|renovar mi tarjeta de residente^3|renovacao do cartao de residente^3",
    "枫叶卡续签^3|续签枫叶卡^3|पीआर कार्ड रिन्यू^3|ਪੀਆਰ ਕਾਰਡ ਰੀਨਿਊ^3|تجديد بطاقة الإقامة^3|تمدید کارت اقامت^3|поновлення картки^3",
  ],
  prtd: [
    "prtd^3|travel document^2|permanent resident travel document^3|titre de voyage^2|document de voyage^2|documento de viaje^2|documento de viagem^2|旅行证件^2|यात्रा दस्तावेज^2|ਯਾਤਰਾ ਦਸਤਾਵੇਜ਼^2|سفری دستاویز^2|وثيقة سفر^2|سند سفر^2|проїзний документ^2",
  ],
  "citizenship-grant-adult": [
    "سیتیزن شیپ^3|سيتيزن شيب^3|سیتیزنشیپ^3|سيتيزنشيب^3|سٹیزن شپ^3|سیٹیزن شپ^3|شهروندی^2.5|تابعیت کانادا^2.5|الجنسية الكندية^2.5|الجنسيه^2",
    "fiz a prova de cidadania^4|passei na prova^3|fiz o teste de cidadania^4|teste de cidadania^3|cerimonia do juramento^2.5|juramento de cidadania^3|j ai passe l examen de citoyennete^4|examen de citoyennete^3|examen de ciudadania^3|pase el examen^3|passed the citizenship test^4|citizenship test^3|入籍考试^3|入籍宣誓^3|宣誓仪式^2.5",
    "citizenship^1|canadian citizen*^1|become a citizen^2|citizenship application^1.5|citizenship grant^2|grant of citizenship^2|naturali*^1.5|citizenship test^1|oath ceremony^1|citizenship ceremony^1",
    "citoyennete^1|citoyen canadien^1|naturalisation^1.5|ceremonie de citoyennete^1|ciudadania^1|ciudadano canadiense^1|cidadania^1|cidadao canadense^1|pagkamamamayan^1|citizen^1",
    "公民^1|入籍^1.5|国籍^1|नागरिकता^1|ਨਾਗਰਿਕਤਾ^1|ਸਿਟੀਜ਼ਨਸ਼ਿਪ^1|شہریت^1|سٹیزن شپ^1|شهروندی^1|تابعیت^1|الجنسية^1|الجنسیة^1|جنسية^1|громадянств*^1",
  ],
  "citizenship-grant-minor": [
    "minor citizenship^3|citizenship for my child*^3|citizenship for a minor^3|citizenship for minors^3|child s citizenship^3|citoyennete pour un mineur^3|citoyennete de mon enfant^3|ciudadania para menores^3|cidadania para menores^3",
  ],
  "citizenship-certificate": [
    "citizenship certificate^3|proof of citizenship^3|certificate of citizenship^3|citizenship card^2.5|certificat de citoyennete^3|preuve de citoyennete^3|certificado de ciudadania^3|prueba de ciudadania^3|certificado de cidadania^3|prova de cidadania^3",
    "公民证书^3|入籍证书^3|公民身份证明^3|国籍证明^3|नागरिकता प्रमाणपत्र^3|नागरिकता का प्रमाण^3|ਨਾਗਰਿਕਤਾ ਸਰਟੀਫਿਕੇਟ^3|شہریت کے سرٹیفکیٹ^3|شہریت سرٹیفکیٹ^3|شهادة الجنسية^3|إثبات الجنسية^3|گواهی شهروندی^3|گواهی تابعیت^3|сертифікат громадянства^3|свідоцтво про громадянство^3",
  ],
  "citizenship-adoption": [
    "adopted^2.5|adoption^2.5|adopte*^2.5|adoptado*^2.5|adoptada*^2.5|adopcion^2.5|adotado*^2.5|adotada*^2.5|adocao^2.5|inampon^2.5|ampon^2",
    "收养^2.5|领养^2.5|गोद लिया^2.5|गोद ली^2.5|ਗੋਦ ਲਿਆ^2.5|گود لیا^2.5|متبنى^2.5|التبني^2.5|فرزندخوانده^2.5|усиновлен*^2.5|удочерен*^2.5",
  ],
  "citizenship-renunciation": [
    "repudiation de la citoyennete^4|repudier ma citoyennete^4|renonciation a la citoyennete^4|renoncer a la citoyennete^4|renuncia a la ciudadania^4|renunciar a la ciudadania^4|renuncia da cidadania^4|renunciar a cidadania^4|التخلي عن الجنسية^4|ترک تابعیت^4|انصراف از تابعیت^4|شہریت چھوڑ*^4|شہریت ترک^4|відмова від громадянства^4|放弃国籍^4|放弃公民身份^4|नागरिकता छोड़*^4|ਨਾਗਰਿਕਤਾ ਛੱਡ*^4",
    "ਨਾਗਰਿਕਤਾ ਛੱਡ*^3|ਸਿਟੀਜ਼ਨਸ਼ਿਪ ਛੱਡ*^3|ਨਾਗਰਿਕਤਾ ਤਿਆਗ*^3|नागरिकता छोड़*^3|नागरिकता छोड*^3|सिटीजनशिप छोड*^3|شہریت چھوڑ*^3|شہریت ترک^3|ترک شهروندی^3|انصراف از تابعیت^3|انصراف از شهروندی^3|التنازل عن الجنسية^3|إسقاط الجنسية^3|اسقاط الجنسية^3|الغاء الجنسية^3|відмовитися від громадянства^3|відмовитись від громадянства^3|放弃加拿大国籍^3|放弃加拿大公民^3|退籍^3|itakwil ang citizenship^3|talikuran ang citizenship^3|citizenship chhad*^3|citizenship chod*^3|citizenship chhod*^3|citizenship tyag*^3|give up my citizenship^3|give up canadian citizenship^3|renoncer a la citoyennete^3|abandonar la ciudadania^3|abrir mao da cidadania^3",
    "renounce*^3|renunciation^3|renonciation^3|renoncer a ma citoyennete^3|renuncia a la ciudadania^3|renunciar*^2.5|renuncia a cidadania^3|放弃国籍^3|放弃公民^3|नागरिकता त्याग^3|ترک تابعیت^3|التخلي عن الجنسية^3|відмова від громадянства^3",
  ],
  "citizenship-resumption": [
    "resumption^3|resume my citizenship^3|resume citizenship^3|regain my citizenship^3|reprise de la citoyennete^3|reintegration dans la citoyennete^3|recuperar la ciudadania^3|recuperar mi ciudadania^3|recuperacao da cidadania^3|recuperar a cidadania^3",
    "恢复国籍^3|恢复公民身份^3|नागरिकता बहाली^3|شہریت کی بحالی^3|استعادة الجنسية^3|بازگشت به تابعیت^3|отримання громадянства знову^3|відновлення громадянства^3",
  ],
  "citizenship-search": [
    "busca nos registros de cidadania^4|busca de registros de cidadania^4|busqueda de registros de ciudadania^4|recherche de documents de citoyennete^4|recherche dans les registres de citoyennete^4|citizenship records search^4|records search^4|search of citizenship records^4|citizenship records ki search^4|records ki search^4|شہریت کے ریکارڈ^4|ریکارڈ کی تلاش^4|البحث في سجلات الجنسية^4|سجلات الجنسية^4|جستجوی سوابق تابعیت^4|سوابق تابعیت^4|пошук записів про громадянство^4|公民记录查询^4|国籍记录查询^4|नागरिकता रिकॉर्ड^4|ਨਾਗਰਿਕਤਾ ਰਿਕਾਰਡ^4|paghahanap ng citizenship records^4",
    "search of citizenship records^3|citizenship search^3|citizenship record search^3|recherche des registres de citoyennete^3|busqueda de registros de ciudadania^3",
  ],
  "citizenship-caf": [
    "آرمڈ فورسز^3|کینیڈین فوج^3|فوج میں^2|القوات المسلحة الكندية^3|الجيش الكندي^3|نیروهای مسلح کانادا^3|ارتش کانادا^3|армед форсес^3|збройних силах канади^3|збройних сил канади^3|加拿大军队^3|加拿大武装部队^3|कनाडाई सशस्त्र बल^3|कैनेडियन आर्मी^3|ਕੈਨੇਡੀਅਨ ਫੌਜ^3|forces armees canadiennes^3|fuerzas armadas canadienses^3|forcas armadas canadenses^3",
    "armed forces^3|caf member*^3|military member*^3|forces armees canadiennes^3|fuerzas armadas^3|forcas armadas^3",
    "canadian forces^3|canadian armed forces^3|caf citizenship^3|citizenship for military^3|membres des forces canadiennes^3|forces canadiennes^3|miembros de las fuerzas armadas^3|membros das forcas armadas^3|加拿大军人入籍^3|军人入籍^3|सेना के सदस्य^3|ਫੌਜ ਦੇ ਮੈਂਬਰ^3|فوج کے ارکان^3|أفراد القوات المسلحة^3|اعضای نیروهای مسلح^3|військовослужбовц*^3|збройних сил канади^3",
  ],
  "visitor-visa": [
    "الفيزا السياحية^3|الفيزا السياحيه^3|فيزا سياحه^3",
    "ویزای توریستی^3|ویزای گردشگری^3|ویزای ویزیتوری^3|ویزای ملاقات^3|ویزای دیدار^3|توریستی کانادا^3|فيزا الزيارة^3|فيزا زيارة^3|تأشيرة الزيارة^3|تاشيرة زيارة^3|فيزا سياحة^3|فيزا سياحية^3|旅游签^3|探亲签^3|访问签证^3",
    "ਵਿਜ਼ਟਰ ਵੀਜ਼ੇ^3|ਵਿਜ਼ਿਟਰ ਵੀਜ਼ੇ^3|ਟੂਰਿਸਟ ਵੀਜ਼ੇ^3|विज़िटर वीज़े^3|विजिटर वीजे^3|टूरिस्ट वीज़े^3",
    "पर्यटक वीजा^2|विजिटर वीजा^2|पर्यटन वीजा^2|घूमने का वीजा^2|सुपर वीजा^2|आगंतुक वीजा^2|टूरिस्ट वीजा^2|विज़िट वीजा^2|ਘੁੰਮਣ ਵਾਲਾ ਵੀਜ਼ਾ^2|ਸੁਪਰ ਵੀਜ਼ਾ^2|سپر ویزا^2|سیر کا ویزا^2|ملاقاتی ویزا^2|ویزٹر ویزا^2|visa pang turista^2|visa pambisita^2|pang turista na visa^2|tourist visa ko^2|visit visa^2|فيزا زيارة^2|فيزا سياحة^2|ویزای ویزیتوری^2|ویزیتوری^2|探亲访友签证^2|旅游签^2|访问签证^2",
    "visitor visa^2|tourist visa^2|trv^2|temporary resident visa^2|super visa^2|visit visa^2|visiting visa^2|visa^0.8|visas^0.8",
    "visa de visiteur^2|visa de touriste^2|visa de resident temporaire^2|visa de turista^2|visa de visitante^2|visto de turista^2|visto de visitante^2|visto de visita^2|visto^0.8",
    "超级签证^2|访客签证^2|旅游签证^2|探亲签证^2|签证^0.8|विज़िटर वीज़ा^2|विजिटर वीजा^2|टूरिस्ट वीजा^2|वीजा^0.8|ਵਿਜ਼ਟਰ ਵੀਜ਼ਾ^2|ਵਿਜ਼ਿਟਰ ਵੀਜ਼ਾ^2|ਟੂਰਿਸਟ ਵੀਜ਼ਾ^2|ਵੀਜ਼ਾ^0.8",
    "سیاحتی ویزا^2|*تأشيرة زيارة^2|*تأشيرة الزيارة^2|*تأشيرة سياحية^2|وزٹر ویزا^2|وزٹ ویزا^2|ٹورسٹ ویزا^2|ویزا^0.8|تأشيرة زيارة^2|تأشيرة الزيارة^2|تأشيرة سياحية^2|فيزا سياحية^2|تأشيرة^0.8|ویزای توریستی^2|ویزای گردشگری^2|ویزای دیداری^2|ویزای بازدید^2|ویزای توریستی^2|гостьов{а,у,ої,ій} віз{а,у,и,і}^2|туристичн{а,у,ої,ій} віз{а,у,и,і}^2|віз{а,у,и,і} відвідувача^2|віз{а,у,и,і,ою}^0.8",
  ],
  "visitor-record": [
    "visitor record^3|extend my stay^2.5|extension of stay^2.5|extend my visit^2.5|extend my visitor status^2.5|fiche de visiteur^3|prolonger mon sejour^2.5|registro de visitante^3|prorrogar mi estancia^2.5|prorrogar minha estadia^2.5",
    "访客记录^3|延长停留^2.5|विज़िटर रिकॉर्ड^3|ਵਿਜ਼ਟਰ ਰਿਕਾਰਡ^3|وزٹر ریکارڈ^3|سجل الزائر^3|سابقه بازدیدکننده^3|запис відвідувача^3",
  ],
  "study-permit": [
    "ستادي بيرمت^3|ستدي بيرمت^3|ستادي برمت^3|ستادى بيرمت^3|تصريح دراسة^3|تصريح الدراسة^3|فيزا دراسة^3|فيزا الدراسة^3|تأشيرة دراسة^3|استادی پرمیت^3|استدی پرمیت^3|اجازه تحصیل^3|ویزای تحصیلی^3|اسٹڈی پرمٹ^3|سٹڈی پرمٹ^3",
    "अध्ययन परमिट^2|अध्ययन वीजा^2|स्टूडेंट वीजा^2|स्टडी परमिट^2|छात्र वीजा^2|पढ़ाई का वीजा^2|पढ़ाई का परमिट^2|study visa^2|student visa^2|ਪੜ੍ਹਾਈ ਵੀਜ਼ਾ^2|ਵਿਦਿਆਰਥੀ ਵੀਜ਼ਾ^2|ਸਟੂਡੈਂਟ ਵੀਜ਼ਾ^2|ਪੜ੍ਹਾਈ ਦਾ ਪਰਮਿਟ^2|طالب علم ویزا^2|اسٹوڈنٹ ویزا^2|سٹوڈنٹ ویزا^2|اسٹڈی ویزا^2|سٹڈی ویزا^2|تعلیمی ویزا^2|تعلیمی اجازت نامہ^2|تعلیم کا اجازت نامہ^2|تأشيرة دراسة^2|تأشيرة الدراسة^2|تأشيرة طالب^2|فيزا دراسة^2|ویزای دانشجویی^2|ویزای تحصیل^2|permit sa pag aaral^2|permiso sa pag aaral^2|visa pang estudyante^2|student permit ko^2|pang aaral na permit^2|留学许可^2|学习签证^2|学生签证^2|студентськ{а,у,ої} віз{а,у,и}^2|дозвіл на навчання^2|study permit ko^2",
    "study permit*^2|student visa^2|study visa^2|student permit^2|permis d etude*^2|visa etudiant^2|visa d etudiant^2|permiso de estudio*^2|visa de estudiante^2|permissao de estudo*^2|permissao de estudos^2|visto de estudante^2|visto de estudo^2",
    "学习许可^2|学签^2|留学签证^2|स्टडी परमिट^2|स्टडी वीजा^2|ਸਟੱਡੀ ਪਰਮਿਟ^2|ਸਟਡੀ ਪਰਮਿਟ^2|ਸਟੱਡੀ ਵੀਜ਼ਾ^2|اسٹڈی پرمٹ^2|سٹڈی پرمٹ^2|تصريح الدراسة^2|تصريح دراسة^2|اجازه تحصیل^2|*تصريح الدراسة^2|*تصريح دراسة^2|ویزای تحصیلی^2|مجوز تحصیل*^2|پرمیت تحصیلی^2|дозв{іл,олу,олом,олі,оли} на навчання^2|студентськ{а,у,ої,ій} віз{а,у,и,і}^2",
  ],
  "study-permit-extension": [
    "study permit extension^3|extend my study permit^3|extension of my study permit^3|renew my study permit^3|extending my study permit^3",
    "prolongation de permis d etude*^3|prolongation du permis d etude*^3|prolonger mon permis d etude*^3|extension de permiso de estudio*^3|prorroga de permiso de estudio*^3|extender mi permiso de estudio*^3|prorrogacao da permissao de estudo*^3|extensao do permissao de estudo^3",
    "学签续签^3|学签延期^3|स्टडी परमिट एक्सटेंशन^3|ਸਟੱਡੀ ਪਰਮਿਟ ਐਕਸਟੈਂਸ਼ਨ^3|تمديد تصريح الدراسة^3|تمدید مجوز تحصیل^3|продовження дозволу на навчання^3",
  ],
  "work-permit": [
    "ворк пєрміт*^3|ворк перміт*^3|воркпермит*^3|ворк пермит*^3",
    "ورك بيرمت^3|ورك برمت^3|وورك بيرمت^3|تصريح عمل^3|تصريح العمل^3|ورک پرمیت^3|ورک پرمت^3|اجازه کار^3|ورک پرمٹ^3|ورک پرمیٹ^3",
    "робоч{ий,ого,им,ому,і} дозв{іл,олу,олом,олі,оли}^2|робочу візу^2|робоча віза^2",
    "कार्य परमिट^2|काम का परमिट^2|वर्क वीजा^2|कार्य वीजा^2|कार्य अनुमति^2|काम का वीजा^2|ਵਰਕ ਵੀਜ਼ਾ^2|ਕੰਮ ਦਾ ਪਰਮਿਟ^2|ਕੰਮ ਦਾ ਵੀਜ਼ਾ^2|کام کا اجازت نامہ^2|ورک ویزا^2|کام کا پرمٹ^2|ملازمت کا اجازت نامہ^2|کام کا ویزا^2|تأشيرة عمل^2|تأشيرة العمل^2|فيزا عمل^2|اذن عمل^2|permit sa pagtatrabaho^2|permiso sa trabaho^2|permiso para magtrabaho^2|work visa^2|工作准证^2|打工签证^2|дозвіл на працю^2|трудов{а,у,ої} віз{а,у,и}^2",
    "ptpd^2|permis de travail post diplome^2|eic^2|work permit*^2|open work permit^2|pgwp^2|post graduation work permit^2|iec^2|working holiday^2|work visa^2|spousal open work permit^4|sowp^3|bowp^2",
    "permis de travail^2|pvt^2|permis vacances travail^2|permiso de trabajo^2|visa de trabajo^2|permissao de trabalho^2|autorizacao de trabalho^2|visto de trabalho^2",
    "اجازه کار^2|*تصريح العمل^2|*تصريح عمل^2|工签^2|工作许可^2|工作签证^2|वर्क परमिट^2|ਵਰਕ ਪਰਮਿਟ^2|ورک پرمٹ^2|تصريح العمل^2|تصريح عمل^2|پرمیت کار^2|مجوز کار^2|ویزای کار^2|дозв{іл,олу,олом,олі,оли} на роботу^2|робоч{а,у,ої,ій} віз{а,у,и,і}^2",
  ],
  "work-permit-extension": [
    "work permit extension^3|extend my work permit^3|renew my work permit^3|extension of my work permit^3|extending my work permit^3|maintained status^1.5",
    "prolongation de permis de travail^3|prolongation du permis de travail^3|prolonger mon permis de travail^3|extension de permiso de trabajo^3|prorroga del permiso de trabajo^3|prorrogacao da permissao de trabalho^3",
    "工签续签^3|工签延期^3|वर्क परमिट एक्सटेंशन^3|ਵਰਕ ਪਰਮਿਟ ਐਕਸਟੈਂਸ਼ਨ^3|تمديد تصريح العمل^3|تمدید مجوز کار^3|продовження дозволу на роботу^3",
  ],
  eta: [
    "statut ave^3|ave en attente^3|mon ave est^3",
    "une ave^3|d ave^3|mon ave^3|demande d ave^3|l ave^3|autorisation de voyage electronique^3|autorizacion de viaje electronico^3|autorizacao eletronica de viagem^3",
    "eta^3|ave^2|e ta^2|electronic travel authori*^3|autorisation de voyage electronique^3|autorizacion de viaje electronico^3|autorizacao eletronica de viagem^3|电子旅行许可^3|ईटीए^3|ਈਟੀਏ^3|ای ٹی اے^3|اذن السفر الإلكتروني^3|مجوز سفر الکترونیکی^3|електронн{ий,ого,им,ому} дозв{іл,олу,олом,олі} на поїздку^3",
  ],
  "verification-of-status": [
    "vos^3|verification of status^3|proof of status^2|record of landing^2.5|imm 1000^2.5|proof of my old landing^3|proof of landing^2.5|old landing^2",
    "verification de statut^3|verification du statut^3|fiche relative au droit d etablissement^3|verificacion de estatus^3|verificacion de estado^3|verificacao de status^3|身份核实^3|स्टेटस वेरिफिकेशन^3|اسٹیٹس کی تصدیق^3|التحقق من الوضع^3|تایید وضعیت^3|підтвердження статусу^3",
  ],
  "document-replacement": [
    "replacement^3|replace my^3|replacement document^4|заміну втраченого^4|заміна втраченого^4|втраченого документа^4|असली कागज़ गुम^3|कागज़ गुम^3|گم شده مدرک^3|مدرکم گم^3|ضاعت الوثيقة^3|ضاع الكرت^3",
    "подала на заміну^4|подав на заміну^4|заміна документ*^4|заміну документ*^4|заміни документ*^4|بدل فاقد^4|استبدال وثيقة^4|استبدال الوثيقة^4|المستند المفقود^3|وثيقة بديلة^4|جایگزین مدرک^4|المثنى^3|المثني^3|المثنی^3|replacement document^4|document de remplacement^4|documento de reemplazo^4|documento substituto^4|补办^3|दस्तावेज़ बदल*^3|ਡਾਕੂਮੈਂਟ ਬਦਲ*^3|متبادل دستاویز^4",
    "replace my document*^3|replacing my document*^3|replacement of a document^3|replacement of my document*^3|replacement of an immigration document^3|replacement document*^3|lost my document*^2.5|document replacement^3|replace a lost^3|lost my record^2",
    "remplacement d un document^3|remplacer un document^3|reemplazo de documento^3|reemplazo de un documento^3|sustitucion de documento^3|substituicao de um documento^3|substituicao de documento^3|substituir documento^3|substituir um documento^3",
    "补办^3|दस्तावेज़ बदलने^3|ਦਸਤਾਵੇਜ਼ ਬਦਲ^3|دستاویز کی تبدیلی^3|استبدال وثيقة^3|جایگزینی سند^3|заміна документ*^3",
  ],
  "document-amendment": [
    "ਸੋਧ ਵਾਲੀ ਅਰਜ਼ੀ^4|ਸੋਧ ਦੀ ਅਰਜ਼ੀ^4|ਗਲਤ ਛਪੀ^3|गलत छपी^3|गलत छपा^3|غلط چھپ*^3|संशोधन^3|ترمیم^3|درستگی^3",
    "amendment^4|pedi a correcao^4|a correcao^3|correction request^4|demande de correction^4|data de nascimento errada^4|fecha de nacimiento equivocada^4|date de naissance erronee^4|wrong date of birth^4",
    "solicitud de correccion^4|solicitud de enmienda^4|pedido de correcao^4|pedido de correção^4|mal escrito^3|mal escrita^3|esta mal escrito^3|erro no nome^3|erro no meu nome^3|nom mal ecrit^3|erreur dans mon nom^3|nom mal orthographie^3|name is misspelled^3|misspelled^3|spelling mistake^3|wrong name on^3|запит на виправлення^4|виправлення документа^4|неправильно транслітерували^3|неправильно написали^3|написано неправильно^3|名字拼错^3|拼错了^3|写错了^3|نام اشتباه^3|اسم غلط^3|الاسم غلط^3|نام غلط^3|naam galat^3|गलत नाम^3|नाम गलत^3|ਨਾਮ ਗਲਤ^3|mali ang spelling^3|mali ang pangalan^3",
    "طلب تعديل^4|طلب تصحيح^4|تصحيح خطأ^4|تصحيح الخطأ^4|تعديل الوثيقة^4|درخواست اصلاح^4|اصلاح اشتباه^4|تصحیح اشتباه^4|درستی غلطی^4|غلطی درست^4|غلطی کی تصحیح^4|виправлення помилки^4|виправити помилку^4|更正错误^4|修改错误^4|गलती सुधार*^4|ਗਲਤੀ ਠੀਕ^4|ਗਲਤੀ ਸੁਧਾਰ^4|correct a mistake^4|fix a mistake^4|corriger une erreur^4|corregir un error^4|corrigir um erro^4",
    "amendment^3|amend*^2.5|correct an error^2.5|correcting an error^2.5|fix a wrong^2.5|wrong birth date^2.5|wrong date of birth^2.5|wrong name^2.5|typo on my^2.5|error on my^2.5|mistake on my^2.5",
    "modification d un document^3|correction d un document^3|corriger une erreur^2.5|erreur sur mon^2.5|rectificacion^2.5|correccion de^2.5|corregir un error^2.5|corrigir um erro^2.5|correcao de^2.5",
    "更正^3|修改错误^3|गलती सुधार^3|ਗਲਤੀ ਸੁਧਾਰ^3|غلطی درست^3|تصحيح خطأ^3|تصحیح اشتباه^3|виправлення помилки^3",
  ],
  "pr-generic": [
    "pr application|permanent residence|permanent residency|pr^1|residence permanente|rp^1|residencia permanente|永久居民|永居|पीआर|स्थायी निवास|ਪੀਆਰ|پی آر|مستقل رہائش|الإقامة الدائمة|إقامة دائمة|اقامت دائم|постійн{е,ого,ому} проживанн{я,ю}|постійн{ий,ого,им} резидент*",
  ],
  "sponsorship-generic": [
    "سبونسرشب|سبونسرشيب|سبونسر شب|سبونسرشپ|اسبونسرشيب|اسپانسرشیپ|اسپانسرشپ|سپانسرشپ",
    "sponsor*^1|parrain*^1|patrocin*^1|nag sponsor^1|ਸਪਾਂਸਰ*^1|स्पॉन्सर*^1|स्पांसर*^1|اسپانسر*^1|سپانسر*^1|اسپانسرشپ^1|كفالة^1|كفالت^1|كفيل^1|спонсор*^1|担保^1|团聚^1",
  ],
};
