import type { Lexicon } from "./types.js";

/**
 * IRCC status labels in English and French (as quoted from the screens) and how people describe
 * them in the twelve languages. Ids starting with `label:` are words several systems share
 * ("In progress", "Received", "Closed"...): the understander resolves them from the system the
 * message mentions (CAS, tracker, account) and only when such a context or a quotation is present.
 */
export const STATUS_LEXICON: Lexicon = {
  "cas-application-received": [
    "application received^2.5|we received your application^3|demande recue^2.5|nous avons recu votre demande^3|solicitud recibida^2.5|pedido recebido^2.5|申请已收到^2.5|आवेदन प्राप्त^2.5|درخواست موصول^2.5|تم استلام الطلب^2.5|درخواست دریافت شد^2.5|заяву отримано^2.5",
  ],
  "cas-in-process": [
    "currently processing your application^3|we started processing^3|started processing your application^3|nous traitons votre demande^3|nous avons commence a traiter^3|estamos procesando su solicitud^3|in process^2|en traitement^2|en tramite^2|em processamento^2|处理中^2",
  ],
  "cas-decision-made": [
    "decision made^3|decision has been made^3|decision rendue^3|une decision a ete rendue^3|decision prise^3|decision tomada^3|se tomo una decision^3|decisao tomada^3",
    "已做出决定^3|已作出决定^3|决定已做出^3|फैसला हो गया^3|निर्णय लिया गया^3|ਫੈਸਲਾ ਹੋ ਗਿਆ^3|فیصلہ ہو گیا^3|تم اتخاذ القرار^3|تصمیم گرفته شد^3|рішення прийнято^3|ухвалено рішення^3",
  ],
  "cas-medical-results-received": [
    "medical results have been received^4|medical results received^4|medical results were received^4|resultats medicaux ont ete recus^4|resultats medicaux recus^4|resultados medicos recibidos^4|resultados medicos foram recebidos^4|resultados medicos recebidos^4",
    "体检结果已收到^4|मेडिकल रिजल्ट मिल गए^4|ਮੈਡੀਕਲ ਨਤੀਜੇ ਮਿਲ ਗਏ^4|میڈیکل نتائج موصول^4|تم استلام نتائج الفحص الطبي^4|نتایج پزشکی دریافت شد^4|медичні результати отримано^4",
  ],
  "cas-not-found": [
    "ما فيه تطابق^3|ما في تطابق^3|مافي تطابق^3|مافيه تطابق^3",
    "no hay coincidencia^3|sin coincidencia^3|ریکارڈ میچ نہیں^3|میچ نہیں ہوا^3|record match nahi^3",
    "нічого не знайдено^3|не знайдено^2.5|не знаходить нічого^3",
    "no match^3|no matching^3|can t find my application^3|ninguna coincidencia^3|no encuentra ninguna^3|no encuentra mi^3|nenhuma correspondencia^3|nao encontra^3|nao acha^3|aucune correspondance^3|ne trouve pas mon^3|не знаходить^3|не знайдено^3|找不到^3|没有匹配^3|لا يوجد تطابق^3|لا يجد^3|پیدا نمیکنه^3|پیدا نمی کند^3|مطابقت ندارد^3|نہیں مل رہی^3|میچ نہیں^3|नहीं मिल रहा^3|मैच नहीं^3|ਨਹੀਂ ਲੱਭ^3|ਮੈਚ ਨਹੀਂ^3|walang match^3|hindi mahanap^3",
    "ਕੁਝ ਨਹੀਂ ਲੱਭ*^3|ਕੁੱਝ ਨਹੀਂ ਲੱਭ*^3|ਕੁਝ ਨਹੀਂ ਦਿਖ*^3|ਕੁਝ ਨਹੀਂ ਦਿਸ*^3|ਕੁਝ ਨਹੀਂ ਆ*^2.5|ਕੁਝ ਨਹੀਂ ਦਿਖਾ*^3|kuch nahi labh*^3|kujh nahi labh*^3|kujh nahi dikh*^3|kuch nahi dikh*^3|kuch nahi aa*^2.5|कुछ नहीं दिख*^3|कुछ नहीं मिल*^3|कुछ नहीं आ*^2.5|कुछ भी नहीं दिख*^3|کچھ نہیں مل*^3|کچھ نہیں دکھ*^3|کچھ نہیں آ*^2.5|کچھ بھی نہیں^2.5|چیزی نشان نمی ده*^3|چیزی پیدا نمی*^3|چیزی نمیاد^3|چیزی نمی آید^3|لا يظهر شيء^3|لا يظهر أي شيء^3|لا يظهر اي شيء^3|لا تظهر أي نتيجة^3|لا توجد نتائج^3|no aparece nada^3|no encuentra nada^3|no sale nada^3|nao aparece nada^3|nao encontra nada^3|ne trouve rien^3|rien ne s affiche^3|n affiche rien^3|aucun resultat^3|walang lumalabas^3|walang makita^3|hindi mahanap^3|нічого не знаходить^3|нічого не показує^3|нічого не знайдено^3|没有结果^3|什么都没有^3|查无^3|finds nothing^3|shows no results^3|no results^3",
    "no match^3|no matching^3|not found^2|can t find my application^3|cant find my application^3|shows nothing^3|doesn t show anything^3|nothing shows up^3|aucune correspondance^3|introuvable^2.5|ne trouve pas mon dossier^3|no se encuentra^2.5|sin coincidencias^3|nao encontrado^2.5|nenhum resultado^3",
    "找不到^2.5|查不到^2.5|नहीं मिल रहा^2.5|ਨਹੀਂ ਮਿਲ ਰਿਹਾ^2.5|نہیں مل رہی^2.5|لا يوجد تطابق^3|لم يتم العثور^2.5|پیدا نمی شود^2.5|پیدا نشد^2.5|не знайдено^2.5",
  ],
  "label:received": [
    "received^1.5|recu^1.5|recue^1.5|recibida^1.5|recibido^1.5|recebido^1.5|recebida^1.5|已收到^1.5|प्राप्त^1.5|موصول^1.5|تم الاستلام^1.5|دریافت شد^1.5|отримано^1.5",
  ],
  "label:in-progress": [
    "in progress^2|en cours^2|en proceso^2|en progreso^2|em andamento^2|em progresso^2|进行中^2|प्रगति में^2|ਪ੍ਰਗਤੀ ਵਿੱਚ^2|جاری^1.5|در حال بررسی^2|در جریان^2|قيد المعالجة^2|قيد التنفيذ^2|قيد الإجراء^2|в обробці^2|в процесі^2|триває^1.5",
  ],
  "label:closed": [
    "مغلقه^2|أغلق^2|اغلق^2|تم إغلاق^2|تم اغلاق^2|مقفل^2|مقفول^2|بسته^1.5|закрит*^2",
    "finalized^2|finalised^2|has been finalized^2.5|finalisee^2|finalise^2|finalizada^2|finalizado^2|closed^2|ferme^2|fermee^2|cerrado^2|cerrada^2|fechado^2|fechada^2|已关闭^2|बंद^1.5|ਬੰਦ^1.5|بند^1.5|مغلق^2|بسته شد^2|بسته شده^2|закрито^2|закрита^2",
  ],
  "label:completed": [
    "completed^2|complete^1.5|termine^2|terminee^2|completado^2|completada^2|concluido^2|concluida^2|completo^1.5|已完成^2|完成^1.5|पूरा^1.5|पूर्ण^1.5|ਪੂਰਾ^1.5|ਮੁਕੰਮਲ^2|مکمل^2|مكتمل^2|تکمیل شده^2|завершено^2|виконано^2|tapos na^1.5",
  ],
  "label:cancelled": [
    "cancelled^2|canceled^2|annule^2|annulee^2|cancelado^2|cancelada^2|已取消^2|रद्द^2|ਰੱਦ^2|منسوخ^2|ملغى^2|ملغي^2|لغو شد^2|لغو شده^2|скасовано^2",
  ],
  "label:open": [
    "open^1.5|opened^1.5|submitted^1.5|ouvert^1.5|soumis^1.5|soumise^1.5|abierto^1.5|abierta^1.5|enviado^1.5|enviada^1.5|aberto^1.5|submetido^1.5|submetida^1.5|已提交^1.5",
  ],
  "tracker-not-started": [
    "not started^3|not yet started^3|pas commence^3|pas encore commence^3|non commence^3|no iniciado^3|no ha comenzado^3|sin iniciar^3|nao iniciado^3|nao comecou^3|未开始^3|शुरू नहीं^3|ਸ਼ੁਰੂ ਨਹੀਂ^3|شروع نہیں^3|لم يبدأ^3|شروع نشده^3|не розпочато^3|не почато^3|hindi pa nagsisimula^3",
  ],
  "tracker-waiting-on-you": [
    "waiting on you^3|waiting for you^3|action required^3|en attente de votre part^3|en attente de vous^3|action requise^3|esperando por usted^3|esperando por ti^3|accion requerida^3|aguardando voce^3|aguardando por voce^3|acao necessaria^3",
    "等待您^3|需要您采取行动^3|आपकी प्रतीक्षा^3|ਤੁਹਾਡੀ ਉਡੀਕ^3|آپ کا انتظار^3|بانتظارك^3|في انتظارك^3|منتظر شما^3|очікує на вас^3|чекає на вас^3",
  ],
  "tracker-exempted": [
    "exempted^3|exempt^2|exempte^3|exemptee^3|exento^3|exenta^3|isento^3|isenta^3|豁免^3|छूट^2|ਛੋਟ^2|مستثنیٰ^3|مستثنی^3|مستثنى^3|معاف^2.5|звільнено^3",
  ],
  "cit-language": [
    "language skills^3|competences linguistiques^3|habilidades linguisticas^3|competencias linguisticas^3|habilidades de idioma^3|语言能力^3|भाषा कौशल^3|ਭਾਸ਼ਾ ਹੁਨਰ^3|زبان کی مہارت^3|المهارات اللغوية^3|مهارت زبان^3|мовні навички^3|знання мови^3",
  ],
  "cit-background": [
    "bgc^2|bgc in progress^3|b g c^2",
    "background verification^3|verification des antecedents^3|verificacion de antecedentes^3|verificacao de antecedentes^3|背景核查^3|背景调查^3|पृष्ठभूमि सत्यापन^3|ਪਿਛੋਕੜ ਦੀ ਜਾਂਚ^3|پس منظر کی تصدیق^3|التحقق من الخلفية^3|بررسی سوابق^3|перевірка біографічних даних^3",
  ],
  "cit-physical-presence": [
    "फिजिकल प्रेज़ेंस^3|फिजिकल प्रेजेंस^3|ਫਿਜ਼ੀਕਲ ਪ੍ਰੈਜ਼ੈਂਸ^3|فزیکل پریزنس^3|الحضور الفعلي^3|حضور فیزیکی^3|фізична присутність^3|居住天数^3|实际居住^3",
    "physical presence^3|presence effective^3|presence physique^3|presencia fisica^3|presenca fisica^3|实际居住^3|居住天数^3|भौतिक उपस्थिति^3|ਸਰੀਰਕ ਮੌਜੂਦਗੀ^3|جسمانی موجودگی^3|الحضور الفعلي^3|الوجود الفعلي^3|حضور فیزیکی^3|фізична присутність^3|фізичної присутності^3",
  ],
  "cit-prohibitions": [
    "prohibitions^3|prohibition^3|interdictions^3|prohibiciones^3|proibicoes^3|禁止事项^3|禁令^3|प्रतिबंध^3|ਪਾਬੰਦੀਆਂ^3|ممانعت^3|المحظورات^3|ممنوعیت^3|заборони^3",
  ],
  "cit-test": [
    "test de ciudadania^3|examen de la ciudadania^3|prueba de la ciudadania^3|teste da cidadania^3|citizenship exam^3|citizenship quiz^3|pagsusulit sa citizenship^3|test^1|exam^1|examen^1|prueba^1|teste^1|exame^1|pagsusulit^1|考试^1|测试^1|परीक्षा^1|टेस्ट^1|ਟੈਸਟ^1|ਪ੍ਰੀਖਿਆ^1|ٹیسٹ^1|امتحان^1|آزمون^1|اختبار^1|тест^1|іспит*^1",
    "citizenship test^3|test de citoyennete^3|examen de citoyennete^3|examen de ciudadania^3|prueba de ciudadania^2|teste de cidadania^3|exame de cidadania^3",
    "入籍考试^3|公民考试^3|नागरिकता परीक्षा^3|नागरिकता टेस्ट^3|ਨਾਗਰਿਕਤਾ ਟੈਸਟ^3|شہریت ٹیسٹ^3|شہریت کا امتحان^3|امتحان الجنسية^3|آزمون شهروندی^3|тест на громадянство^3|іспит на громадянство^3",
  ],
  "cit-oath": [
    "ceremony^1|ceremonia^1|seremonya^1|panunumpa^2|仪式^1|समारोह^1|ਸਮਾਗਮ^1|ਸਮਾਰੋਹ^1|تقریب^1|حفل^1|مراسم^1|церемоні*^1",
    "citizenship ceremony^3|oath ceremony^3|oath^2|ceremonie de citoyennete^3|ceremonie^2|serment^2|ceremonia de ciudadania^3|juramento^2|cerimonia de cidadania^3|cerimonia^2",
    "入籍仪式^3|宣誓^2.5|शपथ^2.5|ਸਹੁੰ^2.5|حلف^2.5|مراسم شهروندی^3|مراسم سوگند^3|سوگند^2.5|церемонія^2|присяга^2.5|присяги^2.5",
  ],
  "account-eligibility-review": [
    "we are reviewing whether you meet the eligibility requirements^4|reviewing whether you meet^4|whether you meet the eligibility^4|nous examinons si vous satisfaites aux exigences d admissibilite^4|examinons si vous satisfaites^4|si vous satisfaites aux exigences^4",
    "review of eligibility^3|eligibility review^3|examen de l admissibilite^3|evaluation de l admissibilite^3|revision de elegibilidad^3|revision de la elegibilidad^3|revisao de elegibilidade^3",
    "资格审查^3|पात्रता समीक्षा^3|ਯੋਗਤਾ ਦੀ ਸਮੀਖਿਆ^3|اہلیت کا جائزہ^3|مراجعة الأهلية^3|بررسی صلاحیت^3|перевірка відповідності^3",
  ],
  "account-medical-passed": [
    "passed the medical^3|you passed the medical exam^4|passed my medical^3|passed medical^3|reussi l examen medical^4|aprobo el examen medico^4|aprobado el examen medico^4|paso el examen medico^4|passou no exame medico^4|aprovado no exame medico^4",
    "通过体检^3|体检通过^3|मेडिकल पास^3|ਮੈਡੀਕਲ ਪਾਸ^3|میڈیکل پاس^3|اجتزت الفحص الطبي^4|معاینه پزشکی را گذراندید^4|пройшли медичний огляд^4",
  ],
  "account-additional-documents": [
    "we need additional documents^4|additional documents^2.5|additional document*^2.5|more documents^2|nous avons besoin de documents supplementaires^4|documents supplementaires^2.5|documentos adicionales^2.5|documentos adicionais^2.5",
    "补充材料^2.5|补件^2.5|अतिरिक्त दस्तावेज^2.5|ਵਾਧੂ ਦਸਤਾਵੇਜ਼^2.5|اضافی دستاویزات^2.5|مستندات إضافية^2.5|وثائق إضافية^2.5|مدارک اضافی^2.5|додаткові документи^2.5",
  ],
  "account-interview": [
    "interview^1|entrevue^1|entretien^1|entrevista^1|面试^1|साक्षात्कार^1|इंटरव्यू^1|ਇੰਟਰਵਿਊ^1|انٹرویو^1|مقابلة^1|مصاحبه^1|співбесід*^1",
  ],
  "account-biometrics": [
    "biometric*^0.8|biometrie*^0.8|biometria*^0.8|生物识别^0.8|बायोमेट्रिक*^0.8|ਬਾਇਓਮੈਟ੍ਰਿਕ*^0.8|بایومیٹرک*^0.8|البصمات^0.8|بیومتریک^0.8|біометрі*^0.8",
  ],
  "account-background-check": [
    "background check^2.5|we are processing your background check^4|security check^2|control de antecedentes^2.5|verificacao de seguranca^2|بیک گراؤنڈ چیک^2.5|فحص الخلفية^2.5|بررسی امنیتی^2.5|перевірка безпеки^2.5",
  ],
  "account-final-decision": [
    "final decision^3|decision finale^3|decision final^3|decisao final^3|最终决定^3|अंतिम निर्णय^3|ਅੰਤਿਮ ਫੈਸਲਾ^3|حتمی فیصلہ^3|القرار النهائي^3|تصمیم نهایی^3|остаточне рішення^3",
  ],
  aor: [
    "aor^3|acknowledgement of receipt^3|acknowledgment of receipt^3|accuse de reception^3|acuse de recibo^3|aviso de recibo^3|confirmacao de recebimento^3|确认函^2.5|回执^2.5|एओआर^3|ਏਓਆਰ^3|اے او آر^3|إشعار الاستلام^3|اقرار بالاستلام^3|رسید دریافت^3|підтвердження отримання^2.5",
  ],
  copr: [
    "copr^3|ecopr^3|e copr^3|confirmation of permanent residence^3|confirmation de residence permanente^3|confirmation de la residence permanente^3|confirmacion de residencia permanente^3|confirmacao de residencia permanente^3",
    "永久居民确认书^3|身份确认纸^3|सीओपीआर^3|ਸੀਓਪੀਆਰ^3|کوپر^3|تأكيد الإقامة الدائمة^3|تاییدیه اقامت دائم^3|підтвердження постійного проживання^3",
  ],
  "pr-portal-photo-accepted": [
    "фото нарешті прийняли^4|прийняли фото^4|фото вже прийняли^4",
    "照片已经通过^4|照片通过了^4|照片已通过^4",
    "الصورة اتقبلت^4|صورتي اتقبلت^4|الصورة بتاعتي اتقبلت^4|الصورة انقبلت^4|تم قبول صورتي^4|قبلوا الصورة^4|وافقوا على صورتي^4|الصورة مقبولة^4|ਫੋਟੋ ਮਨਜ਼ੂਰ^4|फोटो मंज़ूर^4|फोटो मंजूर^4|photo manzoor^4|فوٹو منظور^4",
    "فوٹو accept^4|photo accept ho^4|na accept na yung photo^4|accept na yung photo^4|accepted na daw yung photo^4|yung photo ko accepted^4|na accept na daw yung photo^4",
    "accepted yung photo^4|accepted na yung photo^4|photo ko accepted^4|na accept yung photo^4|tinanggap ang photo^4|tinanggap yung photo^4",
    "فوٹو accepted^4|فوٹو ایکسیپٹ^4|عکس accepted^4|عکسم accepted^4|الصورة accepted^4|صورة accepted^4|صورتي accepted^4|फोटो accepted^4|फ़ोटो accepted^4|ਫੋਟੋ accepted^4|larawan accepted^4|picture accepted^4|pic accepted^4|照片accepted^4|照片已accept^4",
    "фото accepted^4|фото прийняли^4|photo accepted^4|foto accepted^4|照片accept^4|照片被accept^4|photo acceptee^4",
    "photo accepted^4|photo is accepted^4|photo was accepted^4|photo has been accepted^4|photo got accepted^4|photo acceptee^4|photo a ete acceptee^4|foto aceptada^4|foto fue aceptada^4|foto aceita^4|foto foi aceita^4",
    "照片已接受^4|照片通过^4|फोटो स्वीकार^4|ਫੋਟੋ ਸਵੀਕਾਰ^4|فوٹو قبول^4|تم قبول الصورة^4|عکس پذیرفته شد^4|عکس تایید شد^4|фото прийнято^4",
  ],
  "label:verb": [
    "open a^1.5|open an^1.5|open my^1.5|open your^1.5|to open^1.5|opening a^1.5|open one^1.5|i submitted^1.5|we submitted^1.5|i have submitted^1.5|submitted my^1.5|submitted our^1.5|i ve submitted^1.5|ouvrir un^1.5|ouvrir mon^1.5|j ai soumis^1.5|abrir una^1.5|abrir mi^1.5|abrir uma^1.5|abrir minha^1.5|abrir a^1.5|he enviado^1.5|envie mi^1.5|enviei o^1.5|enviei meu^1.5|enviei minha^1.5|我已提交^1.5",
  ],
};
