import type { Lexicon } from "./types.js";

/**
 * Who is asking. Weights encode precedence: an explicit authorization form or profession beats
 * "I paid", which beats "I'm the sponsor", which beats a mere relative ("my husband"); the
 * understander adds `family-member` / `parent-of-minor` from {@link RELATION_LEXICON}. Phrases in
 * the first person ("my lawyer", "my agent") are about the asker's representative: the asker is the
 * applicant when credentials are involved ("my agent wants my password"), else the question is the
 * representative's access.
 */
export const ROLE_LEXICON: Lexicon = {
  representative: [
    "settlement agency^5|settlement worker^5|i volunteer at^4|volunteer at a^4|je suis benevole^4|soy voluntario^4|soy voluntaria^4|sou voluntario^4|sou voluntaria^4",
    "कंसल्टेंट^6|इमिग्रेशन कंसल्टेंट^6|इमिग्रेशन एजेंट^5|प्रतिनिधि^5|अधिवक्ता^6|ਕੰਸਲਟੈਂਟ^6|ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਲਾਹਕਾਰ^6|ਇਮੀਗ੍ਰੇਸ਼ਨ ਏਜੰਟ^5|ਨੁਮਾਇੰਦਾ^5|امیگریشن کنسلٹنٹ^6|امیگریشن ایجنٹ^5|نمائندہ^5|مستشار*^5|مستشار الهجرة^6|مستشارة الهجرة^6|مستشارة^5|ممثل قانوني^6|الممثل المعتمد^6|مشاور^5|وکیل مهاجرت^6|نماینده قانونی^6|представник*^5|移民律师^6|移民中介^5|中介^4|代理人^5|consultant ako^6|ako ang consultant^6|ahente^4|agente de inmigracion^6|agente de imigracao^6|representante autorizado^6|represento a^6|je represente^6|i represent^6",
    "lawyer^6|attorney^6|rcic^6|cric^6|consultant^6|immigration consultant^6|licensed consultant^6|regulated consultant^6|representative^5|my client*^6|a client^6|for a client^6|representing^6|imm 5476^6|imm5476^6|5476^6|paralegal^6",
    "avocat^6|avocate^6|consultante^6|consultant reglemente^6|representant*^5|mon client^6|ma cliente^6|un client^6|pour un client^6|abogado^6|abogada^6|consultor^6|consultora^6|representante^5|mi cliente^6|advogado^6|advogada^6|meu cliente^6|minha cliente^6",
    "律师^6|移民顾问^6|顾问^5|我的客户^6|वकील^6|सलाहकार^5|मेरे क्लाइंट^6|ਵਕੀਲ^6|ਸਲਾਹਕਾਰ^5|ਮੇਰੇ ਕਲਾਇੰਟ^6|وکیل^6|کنسلٹنٹ^6|میرا کلائنٹ^6|محام*^6|مستشار هجرة^6|موكلي^6|موکلم^6|مشاور مهاجرت^6|مشاور مهاجرتی^6|адвокат*^6|юрист*^6|консультант*^6|мій клієнт^6|клієнта^5|abogado ako^6|ako ay abogado^6",
  ],
  "designated-individual": [
    "imm 5475^6|imm5475^6|5475^6|designated individual^6|designated person^6|authorized me^5|authorised me^5|named me^4|personne designee^6|persona designada^6|pessoa designada^6|指定代表^6|指定人^6|नामित व्यक्ति^6|نامزد شخص^6|الشخص المعين^6|فرد تعیین شده^6|уповноважена особа^6|уповноваженою особою^6",
  ],
  employer: [
    "ہمارے ریسٹورنٹ^6|ملازمہ^5|بطور مالک^6",
    "a escola de^5|escola de ingles^6|a escola quer^6|the school wants^6|my school wants^6|l ecole veut^6|la escuela quiere^6|la universidad quiere^6|a universidade quer^6|the college wants^6",
    "عندنا شركة^6|موظف جديد^5|我开餐馆^5|开餐馆的^5|办了lmia^5|办lmia^5|我们老板^5|老板这边^5|academia de idiomas^6|escuela de idiomas^6|language school^6|una alumna nos^5|un alumno nos^5|nuestra academia^6|ecole de langue^6|escola de idiomas^6|nossa escola^6",
    "i handle hr^6|handle hr for^6|i work in hr^6|hired a caregiver^5|we hired^5|nous avons embauche^5|on a embauche^5|contratamos^5|我们雇了^5|我们招了^5|हमने रखा है^5|ਅਸੀਂ ਰੱਖੀ^5|کیئرگیور رکھی^5|کیئر گیور رکھا^5|ہم نے رکھا^4|ہم نے رکھی^4|وظفنا^5|استخدمنا^5|استخدام کردیم^5|ми найняли^5|kumuha kami ng^5",
    "احنا مدرسة^6|نحن مدرسة^6|مدرسة خاصة^5|احنا شركة^6|نحن شركة^6|عندنا طالب^6|عندنا موظف^6|طالب عندنا^6|я hr^6|hr у компанії^6|ми роботодавець^6|у нашій компанії^5|kami ay employer^6|estudyante namin^6|taga international office^6",
    "新员工^6|我的员工^6|雇员^6|我们学校^6|国际学生办公室^6|我们大学^6|公司hr^6|मेरा कर्मचारी^6|हमारा कर्मचारी^6|नया कर्मचारी^6|कर्मचारी का^5|कर्मचारी की^5|hamara employee^6|mera employee^6|meri company^5|ਮੇਰਾ ਮੁਲਾਜ਼ਮ^6|ਸਾਡਾ ਮੁਲਾਜ਼ਮ^6|ਮੁਲਾਜ਼ਮ ਦ*^5|ਕਰਮਚਾਰੀ ਦ*^5|اپنے ملازم^6|میرا ملازم^6|ملازم کی^5|ملازم کا^5|کا مالک ہوں^5|کی مالک ہوں^5|موظفي^6|موظف عندي^6|العامل عندي^6|صاحب شركة^5|صاحب مطعم^5|عمالي^6|کارمندم^6|کارمند من^6|کارمندان من^6|کارمندمان^6|صاحب شرکت^5|صاحب رستوران^5|мій працівник^6|наш працівник^6|нашого працівника^6|мого працівника^6|наш співробітник^6|нашого співробітника^6|empleyado ko^6|trabahador ko^6|trabahador namin^6|may ari ako ng^5",
    "oficina internacional^6|nuestro college^6|nuestra universidad^6|nuestra escuela^6|estudiante admitido^6|estudiantes admitidos^6|nuestros estudiantes^6|nuestro estudiante^6|mi empleado^6|mis empleados^6|nuestros empleados^6|nuestro trabajador^6|nuevo empleado^6|escritorio internacional^6|nossa universidade^6|nossa escola^6|nossos alunos^6|nosso aluno^6|aluno admitido^6|meu funcionario^6|meus funcionarios^6|nossos funcionarios^6|novo funcionario^6|notre college^6|notre universite^6|notre ecole^6|etudiant admis^6|etudiants admis^6|mon employe^6|mes employes^6|notre travailleur^6|i own a restaurant^5|business owner^5|restaurant owner^5|store owner^5|my worker^6|my staff^6|our staff^6",
    "school admin*^6|school administrator^6|student advisor^6|international student advisor^6|dso^6|our international student*^6|registrar^5|admissions office^6|employer^6|employers^6|my employee*^6|our employee*^6|our worker*^6|our new worker^6|new hire^6|future employee^6|hr manager^6|hr department^6|human resources^6|recruiter^6|our company^5|international office^6|our college*^6|our school^6|our university^6|admitted students^6|our students^6|our caregiver^6",
    "aux rh^6|les rh^6|service rh^6|rh^5|un employe^5|nos employes^6|nos etudiants^6|notre etudiant^6|notre employe^6|employeur^6|futur employe^6|notre employe^6|notre futur employe^6|recruteur^6|recruteuse^6|notre entreprise^5|bureau international^6|ressources humaines^6",
    "empleador^6|empleadora^6|reclutador*^6|nuestra empresa^5|nuestro empleado^6|recursos humanos^6|empregador^6|empregadora^6|recrutador*^6|nossa empresa^5|nosso funcionario^6",
    "雇主^6|人事^5|我们公司^5|我们的员工^6|नियोक्ता^6|एचआर^6|ਰੁਜ਼ਗਾਰਦਾਤਾ^6|ਐਚਆਰ^6|ایچ آر^6|آجر^6|نئے ملازم^5|ہمارے ملازم^5|صاحب العمل^6|الموارد البشرية^6|موظفنا^6|کارفرما^6|منابع انسانی^6|کارمند ما^6|роботодав*^6|працедав*^6|hr^5|caregiver namin^6|empleado namin^6",
  ],
  payer: [
    "apne card ton^5|card ton bhari^5|fees bhari si^5|saari fees^4|poori fees^4|all the fees^4|toda la tarifa^4|todas as taxas^4|با کارت خودم^5|پولشو من دادم^5|پول اپلیکیشن^4|هزینه اپلیکیشن^4",
    "fees maine^5|maine fees^5|fee maine^5|fees bhari^5|fees bhari thi^5|fees pay ki^5|maine pay ki^5|maine pay kiya^5|maine pay kari^5|card se pay^5|apne card se^5|maine bhari^5|ਫੀਸ ਮੈਂ ਭਰੀ^5|fees main bhari^5|fees mai bhari^5",
    "刷卡交的钱^5|我刷的卡^5|我刷卡^5|我交的钱^5|钱是我交的^5|是我付的^5|我替她交^5|我替他交^5|我帮她交^5|我帮他交^5",
    "ai regle les frais^5|j ai regle^5|c est moi qui ai paye^5|qui ai paye^5|j ai paye les frais^5|j ai paye pour^5|banquei^5|eu banquei^5|por ter pago^5|paguei as taxas^5|paguei todas^5|paguei a taxa^5|pague las tasas^5|pague los costos^5|pague la tarifa^5|yo pague^5|我付的^5|我用自己的信用卡付^5|我出的钱^5|我交的费^5|费用是我^5|申请费是我^5|我付了^5|انا دافع^5|أنا دافع^5|أنا دفعت^5|انا دفعت^5|دفعت الرسوم^5|دافع الرسوم^5|من پرداخت کردم^5|هزینه را من^5|هزینه رو من^5|پول رو من دادم^5|میں نے فیس^5|فیس میں نے^5|मैंने फीस^5|फीस मैंने^5|ਮੈਂ ਫੀਸ^5|ਫੀਸ ਮੈਂ^5|я заплатив за^5|я заплатила за^5|я оплатив^5|я оплатила^5|ako ang nagbayad^5|ako nagbayad^5|ako ang nag bayad^5|i paid all^5|i covered the fee*^5|i paid the application fee^5",
    "i paid^5|paid the fee*^5|paid for^4|paid his^5|paid her^5|i m paying^5|i am paying^5|i paid for^5",
    "j ai paye^5|paye les frais^5|pague^5|pague la^5|pagamos^5|paguei^5|eu paguei^5|nagbayad^5|binayaran ko^5",
    "付了^5|我付^5|我支付^5|替她付^5|替他付^5|फीस भरी^5|फीस दी^5|मैंने भुगतान^5|fees bhari^5|fees di^5|ਫੀਸ ਭਰੀ^5|ਫੀਸ ਦਿੱਤੀ^5|ਪੈਸੇ ਭਰੇ^5|فیس ادا^5|فیس بھری^5|دفعت^5|سددت^5|پرداخت کردم^5|هزینه را دادم^5|هزینه اش را دادم^5|я заплатив^5|я заплатила^5|я оплатив^5|я оплатила^5",
  ],
  sponsor: [
    "بطور سپانسر^5|بطور اسپانسر^5|کو سپانسر کیا^5|کو اسپانسر کیا^5|on parraine^4.5|nous parrainons^4.5",
    "nu sponsor kar^5|pgp file laayi^5|pgp file lagayi^5|pgp laayi^5|اسپانسرشیپ همسرم^4|اسپانسری همسرم^4",
    "ਨੂੰ ਸਪਾਂਸਰ ਕੀਤਾ^5|担保国内的^5|担保在国内的^5|我担保国内^5|عم كفل^5|عم بكفل^5|عم اكفل^5|بكفل^4.5|parrainer mes parents^4.5|parrainer ma^4.5|parrainer mon^4.5|patrocinar a mis^4.5|patrocinar meus^4.5|patrocinar a minha^4.5|sponsor my parents^4.5|to sponsor my^4.5",
    "sponsor کر رہا^5|sponsor کر رہی^5|sponsor کیا ہے^4.5|estou a patrocinar^4.5|estamos a patrocinar^4.5|sponsor kar rahe^4.5",
    "parrainage de ma conjointe^4|parrainage de mon conjoint^4|parrainage de ma femme^4|parrainage de mon mari^4|parrainage de mes parents^4|patrocinio de mi esposa^4|patrocinio de mi esposo^4|patrocinio de mis padres^4|patrocinio da minha esposa^4|patrocinio do meu marido^4|patrocinio dos meus pais^4|sponsorship of my wife^4|sponsorship of my husband^4|sponsorship for my wife^4|sponsorship for my husband^4|sponsorship for my parents^4|spousal sponsorship for my^4|patrocine a^4.5|yo patrocine^4.5|patrocinei^4.5|j ai parraine^4.5|sponsoring mom^4.5|sponsoring my mom^4.5|sponsoring mom and dad^4.5",
    "applied to sponsor^4.5|apply to sponsor^4.5",
    "做她的配偶担保^5|做他的配偶担保^5|我这边做担保^5|我来担保^5|我担保她^5|我担保他^5|我担保我^5|我给她担保^5|我给他担保^5|我给我老婆^4|我给我老公^4|担保我老婆^5|担保我老公^5|担保我妻子^5|担保我丈夫^5|担保我父母^5|担保我爸妈^5",
    "my sponsor eligibility^5.5|my sponsor stuff^5.5|my sponsor side^5.5|my sponsor assessment^5.5|my sponsor info^5.5|my sponsor application^5.5|my sponsor approval^5.5|my sponsor undertaking^5.5|my sponsor forms^5.5|my sponsorship eligibility^5.5",
    "انا ال sponsor^5|أنا ال sponsor^5|انا السبونسر^5|انا الكفيل^5|قدمت sponsorship^5|قدمت كفالة^5|قدمت على كفالة^5|عملت كفالة^5|عملت sponsorship^5|من اسپانسر^5|اسپانسر بابا^5|اسپانسر مامان^5|اسپانسر پدر^5|sponsor ng^4|soy el sponsor^5|soy la sponsor^5|sou o sponsor^5|sou a sponsor^5|je suis le sponsor^5|je suis la sponsor^5|я спонсор^5|我是担保人^5|我是sponsor^5|mai sponsor hu^5|main sponsor haan^5",
    "sponsor ako ng^5|ako ang sponsor ng^5|ako yung sponsor ng^5|ako ang nag sponsor sa^5|ako ang nagsponsor^5",
    "my sponsor part^5.5|my sponsorship part^5.5|i m the sponsor of^5.5|i am the sponsor of^5.5|im the sponsor of^5.5|the sponsor for my^5.5",
    "i m the sponsor^4|im the sponsor^4|i am the sponsor^4|i m sponsoring^4|im sponsoring^4|i am sponsoring^4|sponsoring my^4|i sponsored^4|as a sponsor^4|as the sponsor^4|as sponsor^4|i m a sponsor^4|the sponsor here^4",
    "je parraine^4|je suis le repondant^4|je suis la repondante^4|je suis le parrain^4|je suis la marraine^4|en tant que repondant^4|en tant que parrain^4|patrocino a^4|soy el patrocinador^4|soy la patrocinadora^4|estoy patrocinando^4|sou o patrocinador^4|sou a patrocinadora^4|estou patrocinando^4",
    "sponsor kar raha^4|sponsor kar rahi^4|sponsor kiya^4|स्पॉन्सर कर रहा^4|स्पॉन्सर कर रही^4|ਸਪਾਂਸਰ ਕਰ ਰਿਹਾ^4|ਸਪਾਂਸਰ ਕਰ ਰਹੀ^4|ਸਪਾਂਸਰ ਕੀਤਾ^4|اسپانسر کر رہا^4|اسپانسر کر رہی^4|سپانسر کر رہا^4|اسپانسر کیا^4|أكفل^4|اكفل^4|اسپانسر می کنم^4|اسپانسر کرده ام^4|我担保^4|我在担保^4|спонсорую^4|ini sponsor ko^4|patrocino^4|ako ang sponsor^4|ako yung sponsor^4|ako ang nag sponsor^4|nag sponsor ako^4|我是担保人^4|作为担保人^4|मैं स्पॉन्सर^4|मैं प्रायोजक^4|main sponsor^4|mai sponsor^4|ਮੈਂ ਸਪਾਂਸਰ^4|ਸਪਾਂਸਰ ਹਾਂ^4|میں اسپانسر^4|میں سپانسر^4|من اسپانسر^4|به عنوان اسپانسر^4|اسپانسر هستم^4|أنا الكفيل^4|بصفتي الكفيل^4|أنا كفيل^4|я спонсор^4|я спонсорую^4|як спонсор^4",
  ],
  dependant: [
    "dependant haan^5|dependent haan^5|dependant hoon^5|dependent hoon^5|dependant hun^5|dependant hu^5|ڈیپنڈنٹ ہوں^5|ڈیپینڈنٹ ہوں^5|ਡਿਪੈਂਡੈਂਟ ਹਾਂ^5|डिपेंडेंट हूँ^5|डिपेंडेंट हूं^5|i m a dependant on^5",
    "como dependente^4|como dependiente^4|as a dependant^4|as a dependent^4|as his dependant^4|as her dependant^4|en tant que personne a charge^4|comme personne a charge^4|bilang dependent^4|bilang dependant^4|随行家属^4|作为随行^4|作为家属^4|डिपेंडेंट के रूप में^4|आश्रित के रूप में^4|ਡਿਪੈਂਡੈਂਟ ਵਜੋਂ^4|ਡਿਪੈਂਡੈਂਟ ਵਜੋ^4|بطور ڈیپینڈنٹ^4|ڈیپینڈنٹ کے طور^4|كمعال^4|كتابع^4|بعنوان وابسته^4|به عنوان وابسته^4|як утриманець^4|як утриманка^4|як член сім ї^4",
    "i m a dependant^4|im a dependant^4|i am a dependant^4|i m a dependent^4|im a dependent^4|i am a dependent^4|dependant on my^4|dependent on my^4|included in my^3.5|included in her^4|included in his^4|i m included^4|i am included^4",
    "je suis une personne a charge^4|je suis inclus^4|je suis incluse^4|soy dependiente^4|estoy incluido^4|estoy incluida^4|sou dependente^4|estou incluido^4|dependent ako^4|ako ay dependent^4|我是附属申请人^4|मैं डिपेंडेंट^4|ਮੈਂ ਡਿਪੈਂਡੈਂਟ^4|میں ڈیپینڈنٹ^4|أنا تابع^4|من وابسته^4|я утриманець^4|я член сім ї заявника^4",
  ],
  applicant: [
    "منو اسپانسر^5|مرا اسپانسر^5",
    "اسپانسرمه^5|اسپانسر منه^5|es mi patrocinador^5|es mi patrocinadora^5|e meu patrocinador^5|e minha patrocinadora^5|est mon repondant^5|est ma repondante^5|मेरा स्पॉन्सर है^5|ਮੇਰਾ ਸਪਾਂਸਰ ਹੈ^5|میرا اسپانسر ہے^5|كفيلي^5|мій спонсор^5|我的担保人^5|پرینسیپال اپلیکنت^5|پرنسیپال اپلیکنت^5|ਮੈਨੂੰ sponsor ਕੀਤਾ^5|mainu sponsor^5|mujhe sponsor^5|मुझे sponsor^5|مجھے sponsor^5|给我办^4|给我做担保^5",
    "من pa^5|i m the pa^5|i am the pa^5|as the pa^4|pa هستم^5|soy el pa^5|soy la pa^5|je suis le pa^5|sou o pa^5",
    "给我申请^3.5|为我申请^3.5|帮我申请^3.5|applied for me^3.5|filled my form^3.5|filled out my^3.5|filled in my^3.5|a fait ma demande^3.5|hizo mi solicitud^3.5|fez meu pedido^3.5|मेरा फॉर्म भरा^3.5|मेरे लिए अप्लाई^3.5|ਮੇਰੇ ਲਈ ਅਪਲਾਈ^3.5|میرے لیے اپلائی^3.5|قدمت لي^3.5|قدملي^3.5|برام درخواست داد^3.5|برای من درخواست^3.5|для мене подала^3.5|для мене подав^3.5|inapply ako ng^3.5|ako ang inapplyan^3.5",
    "i applied^1.5|i ve applied^1.5|i have applied^1.5|i filed my^1.5|i made my claim^1.5|i made my asylum claim^1.5|i made a claim^1.5|i sent my application^1.5|applied to extend my^1.5|i m the applicant^4|i am the applicant^4|j ai fait ma demande^1.5|j ai envoye ma demande^1.5|j ai depose ma demande^1.5|j ai soumis ma demande^1.5|j ai postule^1.5|presente mi solicitud^1.5|envie mi solicitud^1.5|hice mi solicitud^1.5|meti mi solicitud^1.5|aplique^1.5|fiz meu pedido^1.5|enviei meu pedido^1.5|dei entrada^1.5|apliquei^1.5|我申请了^1.5|我交了^1.5|我递了^1.5|刚交了^1.5|我自己申请^1.5|मैंने आवेदन^1.5|मैंने अप्लाई^1.5|apply kiya tha^1.5|file kiya tha^1.5|maine apply^1.5|ਮੈਂ ਅਪਲਾਈ^1.5|ਮੈਂ ਕਲੇਮ ਕੀਤਾ^1.5|apply kita si^1.5|main apply^1.5|میں نے درخواست^1.5|میں نے اپلائی^1.5|قدمت على^1.5|قدمت طلب^1.5|انا قدمت^1.5|2addamt^1.5|درخواست دادم^1.5|اپلای کردم^1.5|apply kardam^1.5|подала на^1.5|подав на^1.5|я подала^1.5|я подав^1.5|nag apply ako^1.5|ako yung nag apply^1.5|ako ang nag apply^1.5|nag file ako^1.5",
    "sponsored ng^5|yung sponsored^5|ako ang sponsored^5|ini sponsor ako ng^5|sinponsor ako ng^5|给我递了^4|担保我^5|给我担保^5|给我办了^4|мене спонсорує^5|мене спонсорував^5|мене спонсорувала^5|мене спонсорують^5|me patrocina^5|me patrocino^5|me esta patrocinando^5|me patrocinou^5|esta me patrocinando^5|me parraine^5|m a parraine^5|m a parrainee^5|sponsored me^5|is sponsoring me^5|sponsoring me^5|كفلني^5|كفلتني^5|يكفلني^5|تكفلني^5|منو اسپانسر کرده^5|مرا اسپانسر کرده^5|منو اسپانسر کرد^5|مجھے اسپانسر^5|मुझे स्पॉन्सर^5|ਮੈਨੂੰ ਸਪਾਂਸਰ^5",
    "sou a patrocinada^5|sou o patrocinado^5|soy la patrocinada^5|soy el patrocinado^5|je suis la parrainee^5|je suis le parraine^5|i m the sponsored person^5|i am the sponsored person^5|i m the one being sponsored^5|i am the one being sponsored^5|ako ang ini sponsor^5|ako yung sinponsor^5|我是被担保人^5|मैं स्पॉन्सर्ड व्यक्ति^5|میں اسپانسرڈ^5|أنا المكفول^5|أنا المكفولة^5|من اسپانسر شده^5|мене спонсорують^5|я спонсорована^5|я спонсорований^5",
    "solicitante principal^3|soy la solicitante principal^5|soy el solicitante principal^5|aplicante principal^3|requerente principal^3|demandeur principal^3|demandeuse principale^3|प्रिंसिपल एप्लिकेंट^3|मुख्य आवेदक^3|principal applicant hu^5|ਮੁੱਖ ਬਿਨੈਕਾਰ^3|ਪ੍ਰਿੰਸੀਪਲ ਐਪਲੀਕੈਂਟ^3|پرنسپل اپلیکنٹ^3|مرکزی درخواست گزار^3|مقدم الطلب الرئيسي^3|المتقدم الرئيسي^3|مقدمة الطلب الرئيسية^3|متقاضی اصلی^3|درخواست دهنده اصلی^3|основний заявник^3|основна заявниця^3|головний заявник^3|主申请人^3|main applicant ako^5|ako ang principal applicant^5",
    "मैंने खुद^1.5|मैंने अप्लाई^1|मैंने ही अप्लाई^1.5|मैंने आवेदन किया^1|maine khud apply^1.5|maine apply kiya^1|maine apply kita^1|main apply kita^1|ਮੈਂ ਖੁਦ ਅਪਲਾਈ^1.5|ਮੈਂ ਅਰਜ਼ੀ ਦਿੱਤੀ^1|ਮੈਂ ਅਪਲਾਈ ਕੀਤਾ^1|ਮੇਰੀ ਅਰਜ਼ੀ^1|ਮੇਰੀ ਐਪਲੀਕੇਸ਼ਨ^1|मेरा आवेदन^1|मेरी एप्लीकेशन^1|मेरी application^1|meri application^1|mera application^1|میری درخواست^1|میری ایپلیکیشن^1|میں نے اپلائی^1|میں نے خود^1.5|nag file ako^1|nag submit ako^1|ako mismo ang nag^1.5|ako ang nag apply^1.5|ako ang nag file^1.5|ako mismo nag apply^1.5|application ko^1|ang application ko^1|i filed^1|i sent my application^1|i submitted my^1|my own file^2|j ai depose^1|j ai soumis^1|j ai postule^1|yo aplique^1|yo presente^1|presente mi solicitud^1|envie mi solicitud^1|eu apliquei^1|eu enviei^1|enviei meu pedido^1|meu processo^1|قدمت^1|تقدمت بطلب^1|قدمت طلبي^1|طلبی^1|درخواستم^1|درخواست من^1|من درخواست دادم^1|я подав заяву^1|я подала заяву^1|моя заява^1|我提交了^1|我递交了^1|我的申请^1",
    "ਮੈਨੂੰ ਸਪਾਂਸਰ^5.5|ਮੈਨੂੰ ਸਪਾਂਸਰ ਕਰ*^6|ਮੈਨੂੰ ਸਪੌਂਸਰ^5.5|mainu sponsor^5.5|menu sponsor^5.5|mennu sponsor^5.5|mainu spons*^5.5|मुझे स्पॉन्सर^5.5|मुझे स्पांसर^5.5|मुझे प्रायोजित^5.5|mujhe sponsor^5.5|sendo patrocinad*^5.5|patrocinada pelo^5.5|patrocinada pela^5.5|patrocinado pelo^5.5|patrocinado pela^5.5|patrocinada por^5.5|patrocinado por^5.5|me patrocinando^5.5|parraine par^5.5|parrainee par^5.5|me parraine^5.5|sinisponsoran ako^5.5|isinponsor ako^5.5|ini sponsor ako^5.5|ako ang sinponsoran^5.5|ako ang ini sponsor^5.5|تكفلني^5.5|يكفلني^5.5|أنا المكفول^5.5|انا المكفول^5.5|أنا المكفولة^5.5|انا المكفولة^5.5|مكفول من^5.5|مكفولة من^5.5|被担保^5|我是被担保人^5.5|我被担保^5.5|мене спонсору*^5.5|спонсорує мене^5.5|спонсор мене^5.5",
    "sponsored person^5.5|the one being sponsored^5.5|i m the sponsored^5.5|personne parrainee^5.5|je suis parraine^5.5|je suis parrainee^5.5|persona patrocinada^5.5|soy el patrocinado^5.5|soy la patrocinada^5.5|pessoa patrocinada^5.5|sou o patrocinado^5.5|sou a patrocinada^5.5|sponsoring me^5.5|sponsored me^5.5|sponsored by^5.5|being sponsored^5.5|sponsors me^5.5|is my sponsor^5.5|my sponsor^5|i m the applicant^5|i am the applicant^5|principal applicant^3|main applicant^3|my own account^3|my own application^2|i applied^1|i have applied^1|my application^1|i submitted^1",
    "me parraine^5.5|me parrainer^5.5|mon repondant^5|me patrocina^5.5|me esta patrocinando^5.5|esta me patrocinando^5.5|me patrocinou^5.5|j ai fait une demande^1|ma demande^1|mi solicitud^1|meu pedido^1",
    "sponsor sa akin^5.5|nag sponsor sa akin^5.5|sinponsoran ako^5.5|nag apply ako^1|担保我^5.5|我申请了^1|mujhe sponsor^5.5|मैंने आवेदन^1|maine apply^1|ਮੈਂ ਅਪਲਾਈ^1",
    "مجھے اسپانسر^5.5|مجھے سپانسر^5.5|میں نے درخواست^1|يكفلني^5.5|قدمت طلب^1|منو اسپانسر^5.5|مرا اسپانسر^5.5|درخواست دادم^1|спонсорує мене^5.5|мене спонсорує^5.5|я подав^1|я подала^1",
  ],
  /** "my lawyer", "mera agent": the asker is the applicant talking about their representative (see understand.ts). */
  "applicant-with-representative": [
    "میرا کنسلٹنٹ^7|میرے کنسلٹنٹ^7|میرا وکیل^7|میرا ایجنٹ^7|mera consultant^7|mera agent^7|mera vakeel^7|मेरा कंसल्टेंट^7|मेरा एजेंट^7|ਮੇਰਾ ਏਜੰਟ^7|ਮੇਰਾ ਕੰਸਲਟੈਂਟ^7|وكيلي^7|مستشاري^7|وکیلم^7|مشاورم^7|мій консультант^7|мій юрист^7|我的顾问^7|我的中介^7|consultant ko^7|agent ko^7",
    "我的中介^6.5|我们的律师^6.5|mera consultant^6.5|meri vakil^6.5|मेरे वकील^6.5|ਮੇਰੇ ਵਕੀਲ^6.5|میرے وکیل^6.5|محاميتي^6.5|مستشاري^6.5|مشاورم^6.5|mon representant^6.5|mi representante^6.5|meu representante^6.5|abogado ko^6.5|consultant ko^6.5|agent ko^6.5|мій представник^6.5",
    "my agent^6.5|my lawyer^6.5|my consultant^6.5|my representative^6.5|our lawyer^6.5|mon avocat^6.5|mon avocate^6.5|mon consultant^6.5|ma consultante^6.5|mi abogado^6.5|mi abogada^6.5|mi consultor^6.5|meu advogado^6.5|minha advogada^6.5|meu consultor^6.5",
    "我的律师^6.5|我的顾问^6.5|mera agent^6.5|mera vakil^6.5|mera consultant^6.5|मेरा एजेंट^6.5|मेरा वकील^6.5|ਮੇਰਾ ਏਜੰਟ^6.5|ਮੇਰਾ ਵਕੀਲ^6.5|میرا ایجنٹ^6.5|میرا وکیل^6.5|محاميي^6.5|محامي الخاص^6.5|وکیلم^6.5|мій адвокат^6.5|мій консультант^6.5",
  ],
  "parent-of-minor": [
    "my minor child*^4|parent of a minor^4|legal guardian^4|guardian of^4|tuteur legal^4|tutrice legale^4|tutor legal^4|guardiao legal^4|监护人^4|अभिभावक^4|ਸਰਪ੍ਰਸਤ^4|سرپرست قانونی^4|ولي الأمر^4|опікун*^4",
  ],
};

/** Relatives, used for the role (a relative who is not on the file) and to type a sponsorship. */
export const RELATION_LEXICON: Lexicon = {
  spouse: [
    "مرتي|لمرتي",
    "مراتي|لمراتي|جوزي|لجوزي|شوهرم|همسرم|زنم|زوجم",
    "gharwali|ghar wali|gharwala|ghar wala|wife|husband|ਘਰ ਵਾਲੀ|ਘਰ ਵਾਲਾ|घरवाली|घरवाला|mister|misis|jowa ko",
    "girlfriend|boyfriend|fiance|fiancee|copine|copain|petite amie|petit ami|novia|novio|pareja|mi pareja|namorada|namorado|noiva|noivo|companheira|companheiro|nobya|nobyo|jowa|मंगेतर|गर्लफ्रेंड|बॉयफ्रेंड|ਮੰਗੇਤਰ|منگیتر|خطيبي|خطيبتي|نامزدم|نامزد|наречен*|дівчина|хлопець|女朋友|男朋友|未婚妻|未婚夫",
    "husband|wife|spouse|my partner|fiance|fiancee|common law partner|my hubby|mari|ma femme|epoux|epouse|conjoint|conjointe|esposo|esposa|marido|mi mujer|minha mulher|asawa|mister ko|misis ko",
    "丈夫|妻子|老婆|老公|配偶|पति|पत्नी|बीवी|pati|patni|biwi|gharwali|ਘਰਵਾਲੀ|ਘਰਵਾਲਾ|ਪਤਨੀ|ਪਤੀ|بیوی|شوہر|همسر|شوهر|همسرم|زوجي|زوجتي|زوجها|زوجته|чоловік*|дружин*",
  ],
  child: [
    "menina|menino|filhinha|filhinho|niña|niño|soy la mama de|soy el papa de|soy la madre de|soy el padre de|sou pai de|sou mae de|je suis la mere de|je suis le pere de|i m the mother of|i m the father of|i am the mother of|i am the father of|ako ang nanay ni|ako ang tatay ni|我是他妈妈|我是他爸爸|我是她妈妈|我是她爸爸|मैं उसकी माँ|میں اس کی ماں|أنا والدة|أنا والد|من مادرش|من پدرش|я мама|я тато",
    "сина|синові|сину|доньки|доньку|дочки|дочку|донька",
    "ਬੇਟੇ|ਮੁੰਡੇ|ਕੁੜੀਆਂ|ਧੀਆਂ|ਪੁੱਤਾਂ|ਬੱਚਿਆਂ|ਮੇਰਾ ਪੁੱਤ|ਮੇਰੀ ਧੀ|बिटिया|बेटियों|بیٹیوں|بچوں کی",
    "bete|beti|betiyan|puttar|putt|kudi|dhee|bachche|bacche|bachon|bachay|mera beta|meri beti|ਬੇਟਾ|ਬੇਟੀ|ਮੁੰਡਾ|ਕੁੜੀ|बेटे|बच्चों|بیٹے|بچوں|adult son|adult daughter|grown up son|grown up daughter|fils majeur|fille majeure|hijo adulto|hija adulta|hijo mayor de edad|filho adulto|filha adulta|anak kong|ابني البالغ|ابنتي البالغة|پسر بزرگسالم|дорослий син|доросла донька",
    "old son|old daughter|old boy|old girl|old child|old kid|old kids|my son|our son|his son|her son|son is|son s|my daughter|daughter|my child|our child|my kid|my kids|our kids|children|mon fils|notre fils|ma fille|mon enfant|mes enfants|hijo|hija|hijos|filho|filha|filhos|anak ko|anak namin",
    "儿子|女儿|孩子|小孩|बेटा|बेटी|बच्चा|बच्चे|beta|beti|bachcha|ਪੁੱਤ|ਪੁੱਤਰ|ਧੀ|ਬੱਚਾ|ਬੱਚੇ|بیٹا|بیٹی|بچہ|بچے|ابني|ابنتي|ابنه|ابنها|بنتي|پسرم|دخترم|فرزندم|پسر|دختر|син|сина|сином|донька|доньки|доньці|доньку|дочка|дочки|дочці|дочку|сину|синові|дитина|дитини|дитині|діти|дітей",
  ],
  parent: [
    "ammi|ammi jaan|ammi ji|abbu|abbu jaan|abbu ji|amma|abba|ammy|امی|امی جان|ابو|ابو جان|ابا|اماں|ماما|بابا|مامان|مامانم|بابام|پدرم|مادرم|ماما تبعي|بابا تبعي|امي|ابوي|ابويا|امي وابوي",
    "mi mama|mi papa|mi mami|mi papi|mi mama y mi papa|ma maman|mon papa|minha mamae|meu papai|nanay ko|tatay ko|mama ko|papa ko|我妈|我爸|我妈妈|我爸爸|मेरी मम्मी|मेरे पापा|मेरी माँ|ਮੇਰੀ ਮਾਂ|ਮੇਰੇ ਪਿਤਾ|میری امی|میرے ابو|امي|أبوي|ابوي|مامانم|بابام|моя мама|мій тато",
    "mummy|mami|maa|pita ji|mata ji|bebe|bapu|ਬੇਬੇ|ਬਾਪੂ|ਮੰਮੀ|ਡੈਡੀ|मम्मी|पापा|امی|ابو|ابا|مامان|بابا|мамі|маму|тата|батька",
    "la madre de|el padre de|soy la madre|soy el padre|sou a mae|sou o pai|a mae de|o pai de|je suis la mere|je suis le pere|la mere d|le pere d|mother of|father of|i m the mother|i m the father|i am the mother|i am the father|ako ang nanay|ako ang tatay|madre|padre|mae|mama ko|papa ko",
    "mother|father|mom|mum|dad|my parents|grandmother|grandfather|grandparents|ma mere|mon pere|mes parents|mi madre|mi padre|mis padres|minha mae|meu pai|meus pais|magulang|nanay|tatay",
    "妈妈|爸爸|父母|母亲|父亲|माँ|मां|पिता|माता|papa|ਮਾਂ|ਪਿਤਾ|ਮਾਪੇ|ਮਾਪਿਆਂ|ماں|والد|والدہ|والدین|مادر|پدر|پدرم|مادرم|والدي|أمي|أبي|мати|мама|батько|тато|батьки|батьків",
  ],
  other: [
    "онук|онука|внук|внучка|бабуся|бабусі|дідусь|grandson|granddaughter|grandma|grandmother|grandpa|grandfather|petit fils|petite fille|grand mere|grand pere|nieto|nieta|abuela|abuelo|neto|neta|avo|avó|apo ko|lola ko|lolo ko|孙子|孙女|奶奶|外婆|姥姥|爷爷|पोता|पोती|दादी|नानी|दादा|नाना|ਪੋਤਾ|ਪੋਤੀ|ਦਾਦੀ|ਨਾਨੀ|پوتا|پوتی|دادی|نانی|حفيد|حفيدة|جدتي|جدي|نوه|مادربزرگ|پدربزرگ",
    "اخي|أخي|لأخي|لاخي|اخوي|أخوي|اخويا|خوي|اختي|أختي|خيتي|برادرم|خواهرم|داداشم|آبجیم",
    "亲哥|亲姐|亲弟|亲妹|我是他哥|我是她姐",
    "ni kuya|si kuya|kuya ko|ni ate|si ate|ate ko|pinsan ko|chache da munda|chache di kudi|mame da munda|bhua da munda|massi da munda|ابن عمي|بنت عمي|ابن خالي|بنت خالي|ابن عمتي|ابن خالتي|پسرعموم|پسر عمو|دخترعمو|دختر عمو|پسر خاله|دختر خاله|چچا زاد|ماموں زاد|خالہ زاد|堂哥|堂弟|表哥|表弟|表姐|表妹|двоюрідн*",
    "bhen|bhain|behan|ਭੈਣ ਜੀ|bhaiya|didi|दीदी|भैया",
    "brother in law|sister in law|in laws|mother in law|father in law|beau frere|belle soeur|belle mere|beau pere|cunado|cunada|suegra|suegro|cunhado|cunhada|sogra|sogro|bayaw|hipag|biyenan|देवर|जीजा|साला|साली|भाभी|ननद|सास|ससुर|jija|saala|bhabhi|ਜੀਜਾ|ਸਾਲਾ|ਸਾਲੀ|ਭਾਬੀ|ਨਣਦ|ਸੱਸ|ਸਹੁਰਾ|دیور|جیجا|سالا|سالی|بھابھی|نند|ساس|سسر|صهري|زوج أختي|زوجة أخي|حماتي|حماي|شوهرخواهر|زن برادر|مادرشوهر|مادرزن|پدرزن|پدرشوهر|باجناق|свекр*|тесть|теща|тещ*|шурин|зять|невістк*|姐夫|嫂子|弟媳|岳母|岳父|婆婆|公公|小舅子|小姑子",
    "brother|sister|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|sibling|frere|soeur|neveu|niece|oncle|tante|hermano|hermana|sobrino|sobrina|primo|prima|irmao|irma|sobrinho|sobrinha|kapatid|pamangkin|pinsan|tito|tita",
    "兄弟|姐妹|哥哥|弟弟|姐姐|妹妹|表妹|表弟|表哥|表姐|堂弟|堂妹|侄子|侄女|外甥|भाई|बहन|भतीजा|भतीजी|भांजा|भांजी|bhai|behen|bhatija|bhatiji|ਭਰਾ|ਭੈਣ|ਭਤੀਜਾ|ਭਤੀਜੀ|ਭਾਣਜਾ|ਭਾਣਜੀ|بھائی|بہن|بھتیجا|بھتیجی|برادر|خواهر|برادرم|خواهرم|خواهرزاده|برادرزاده|أخي|أختي|أخ|ابن أخي|брат|брата|сестра|сестри|племінник|племінниця",
  ],
};
