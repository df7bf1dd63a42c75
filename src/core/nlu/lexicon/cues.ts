import type { Lexicon } from "./types.js";

/**
 * Cues: words that mean nothing alone but decide an intent or a slot together with others
 * ("stop" + "reminder" = reminder-cancel, "delete" + "my data" = forget, "answer in" + a language
 * name = language, "extension" + "study permit" = study-permit-extension). Weights are unused.
 */
export const CUE_LEXICON: Lexicon = {
  reminder: [
    "nudg*|me faire penser|fais moi penser|faites moi penser|avisos me dejaste|avisos programados|mis avisos|ਮੈਸੇਜ ਕਰ ਦਿਓ|ਮੈਸੇਜ ਕਰਿਓ|message kar dena|message kar dio|मैसेज कर देना|میسج کر دینا",
    "нагадуй*|нагадувати",
    "me lembrar|pode me lembrar|lembrar toda|me avisa|me avise|me recorde|ਰੀਮਾਈਂਡਰ*|ریمایندرها",
    "فكرني|فكّرني|ذكرني|ذكّرني|نبهني|نبّهني|ريمايندر*|ریمایندر*|ریمائنڈر*",
    "یادآور*|یاد آور*|یادآوری ها|یادآورها",
    "remind*|reminder*|alert me|notify me|ping me|rappel*|rappelle moi|rappelez moi|recordatorio*|recuerdame|recordarme|avisame|lembrete*|lembre me|me lembra|me lembre|lembrar me|paalala*|paalalahanan*|ipaalala*",
    "提醒|याद दिला*|याद करा*|रिमाइंडर*|yaad dila*|yaad karwa*|ਯਾਦ ਕਰਵਾ*|ਯਾਦ ਦਿਵਾ*|ਯਾਦ ਕਰਾ*|ਰਿਮਾਈਂਡਰ*|یاد دلا*|یاد دہانی*|یاددہانی*|ریمائنڈر*|یادآوری*|یاد آوری*|یادم بنداز*|ذكرني|تذكير*|التذكير*|*تذكيرات|нагада*|нагадув*|нагадай*",
  ],
  /** Citizenship named in any form: the tracker's activity names (Prohibitions, Background) are then citizenship ones. */
  "citizenship-word": [
    "citizenship|citoyennete|ciudadania|cidadania|pagkamamamayan|入籍|公民|नागरिकता|सिटीजनशिप|सिटिज़नशिप|ਨਾਗਰਿਕਤਾ|ਸਿਟੀਜ਼ਨਸ਼ਿਪ|شہریت|سٹیزن شپ|سیٹیزن شپ|الجنسية|الجنسيه|جنسية|شهروندی|تابعیت|سیتیزن شیپ|громадянств*",
  ],
  /** "What do I do now?", "do I have to…": next steps, which a status answer gives. */
  "what-to-do": [
    "qu est ce qu on est censes faire|on est censes faire|censes faire|que doit on faire|qu est ce qu on doit faire|preciso fazer mais|e so esperar|kuch bhejna paina|kuch bhejna padega|کچھ بھیجنا|कुछ भेजना",
    "what do i need to do|what should i do|what do i do|do i need to|do i have to|should i do anything|what do they want|what now|que dois je faire|qu est ce que je dois|est ce que je dois|dois je|que faire|que tengo que|tengo que mandar|que debo hacer|debo hacer algo|o que devo fazer|o que eu faco|preciso fazer|tenho que fazer|我要做点什么|我该做什么|需要做什么|要做什么|该怎么办|کیا مجھے کچھ|کیا کرنا ہے|क्या मुझे कुछ|क्या करना है|क्या करूं|ਕੀ ਕਰਨਾ|ਕੀ ਕਰਾਂ|چیکار کنم|چه کار کنم|باید کاری بکنم|باید چیکار|ماذا افعل|ماذا أفعل|شو لازم اعمل|شو اعمل|ايش اسوي|وش اسوي|що робити|що мені робити|що треба зробити|ano ang gagawin ko|ano gagawin ko|kailangan ko bang|may gagawin ba ako",
  ],
  "reminder-snooze": [
    "snooze*|i snooze|remind me later|adia|adie|adiar|adia os|posterga*|pospon*|aplaza*|reporte|reporter|repousse*|mamaya na lang|відклади|відкласти|отложи|推迟|延后|晚点提醒|बाद में याद*|baad mein yaad|baad me yaad|ਬਾਅਦ ਵਿੱਚ ਯਾਦ*|بعد میں یاد*|أجل|أجّل|اجل|اجّل|بعدا یادم*|عقب بنداز*",
  ],
  "reminder-pause": [
    "نگه دار|نگهش دار|نگهدار",
    "pause*|suspend*|put on hold|on hold|mets en pause|en pause|mettre en pause|pausa*|pausar|em pausa|deixa em pausa|ihinto muna|itigil muna|i pause|暂停|先停|先别|призупин*|на паузу|توقف موقت|متوقف موقت|إيقاف مؤقت|ايقاف مؤقت|عارضی طور پر بند|عارضی بند|अस्थायी रूप से बंद|ਆਰਜ਼ੀ ਤੌਰ ਤੇ ਬੰਦ",
  ],
  "for-a-while": [
    "ਹਫ਼ਤਿਆਂ ਲਈ|ਹਫ਼ਤੇ ਲਈ|ਦਿਨਾਂ ਲਈ|हफ्ते के लिए|हफ्तों के लिए|दिनों के लिए|hafte ke liye|din ke liye|ہفتے کے لیے|دن کے لیے|یه هفته|یک هفته|چند روز|مسافرتم|لمدة أسبوع|لمدة|for a few days|pendant une semaine|durante una semana|por dos semanas|por duas semanas|ng isang linggo|ng 2 weeks|一周|两周|几天",
    "for now|for a while|for a week|for two weeks|for 2 weeks|for a month|until next month|while i m travelling|while i m traveling|while i m away|temporarily|pour l instant|pour le moment|temporairement|pendant un moment|jusqu au mois prochain|pendant mon voyage|por ahora|por un tiempo|temporalmente|hasta el proximo mes|mientras viajo|por una semana|por enquanto|por um tempo|temporariamente|ate o mes que vem|enquanto viajo|to viajando|por uma semana|muna|pansamantala|暂时|一段时间|这段时间|कुछ दिन|कुछ दिनों|अभी के लिए|फिलहाल|kuch din|abhi ke liye|filhal|ਕੁਝ ਦਿਨ|ਹਾਲੇ ਲਈ|kujh din|کچھ دن|فی الحال|ابھی کے لیے|مؤقتا|مؤقتاً|لفترة|فعلا|فعلاً|موقتا|موقتاً|یه مدت|چند وقت|поки що|тимчасово|на тиждень|на деякий час|на місяць",
  ],
  "reminder-resume": [
    "resume|unpause|turn them back on|turn it back on|restart my reminders|reprendre|reprends|reactive*|reanuda*|retoma*|reativa*|religa*|ituloy|ibalik|恢复|重新开启|फिर से शुरू|dobara shuru|phir se shuru|ਫਿਰ ਤੋਂ ਸ਼ੁਰੂ|ਮੁੜ ਸ਼ੁਰੂ|دوبارہ شروع|استأنف|أعد تشغيل|از سر بگیر*|دوباره فعال|دوباره روشن|відновити|віднови|знову увімкни",
  ],
  "reminder-cancel": [
    "quit|you can quit|stop nudging|no need to remind|删了|删掉|删除|去掉|不要了",
    "ختم کر*|ختم کریں|بند کر دیں",
    "para los recordatorios|parar los recordatorios|deten los recordatorios|quita los recordatorios|ya no me mandes|no me mandes mas|para com os lembretes|parar os lembretes",
    "وقف|وقّف|بطل|بطّل|ما عاد احتاج*|مش عايز|مش محتاج|مابدي|ما بدي",
    "tigil|stop|pause|cancel*|delete|remove|turn off|disable|no more|don t want|dont want|unsubscribe|mute|arrete*|annule*|supprime*|desactive*|plus de rappel*|ya no quiero|cancela*|deten|detener|elimina*|borra*|para de|pare de|parar|pausa*|desativ*|remova|apaga*|ihinto|itigil|tanggalin|huwag na",
    "停止|取消|别再|不要再|暂停|बंद कर*|रोक*|band kar*|band karo|rok do|ਬੰਦ ਕਰ*|ਰੋਕ*|بند کر*|روک*|متوقف*|لغو*|حذف*|قطع کن*|توقف*|أوقف*|اوقف*|إلغاء|الغاء|احذف|зупини*|скасу*|вимкн*|видали*|призупин*|пауза|не треба",
  ],
  "reminder-list": [
    "列出|所有提醒|所有的提醒|几个提醒|什么提醒|哪些提醒|提醒列表|全部提醒|active reminders|all my reminders|tous mes rappels|todos mis recordatorios|todos os meus lembretes|lahat ng paalala|सारे रिमाइंडर|सभी रिमाइंडर|ਸਾਰੇ ਰਿਮਾਈਂਡਰ|سارے ریمائنڈر|كل التذكيرات|همه یادآوری|всі нагадування|усі нагадування",
    "my reminders|my reminder|mes rappels|mis recordatorios|meus lembretes|mga paalala ko|我的提醒|मेरे रिमाइंडर|mere reminders|ਮੇਰੇ ਰਿਮਾਈਂਡਰ|میرے ریمائنڈر|میری یاد دہانیاں|تذكيراتي|یادآوری های من|мої нагадування|show|list|what reminders|which reminders|see my reminders|view my reminders|do i have|have i set|affiche*|montre*|quels rappels|quels sont mes rappels|muestra*|mostrar|cuales recordatorios|que recordatorios|mostra*|quais lembretes|ipakita|anong mga paalala",
    "أرني|ارني|اعرض|عرض|显示|查看|有哪些|看看我的|dikhao|dikha do|दिखाओ|दिखाइए|ਦਿਖਾਓ|ਵਿਖਾਓ|دکھائیں|دکھاؤ|نشان بده|نمایش|اعرض|أظهر|ما هي التذكيرات|покажи*|список|які нагадування",
  ],
  "reminder-set-verb": [
    "set|create|add|remind me|remind us|every|each|daily|weekly|chaque|tous les|toutes les|rappelle moi|rappelez moi|cada|todos los|todas las|recuerdame|toda|todo dia|todos os|todas as|me lembre|me lembra|tuwing|araw araw|linggo linggo|paalalahanan mo ako",
    "每|每天|每周|每两周|提醒我|हर|har|ਹਰ|ہر|كل|هر|кожн*|щодня|щотижня|щопонеділка|нагадуй мені|нагадай мені",
  ],
  "reminder-change": [
    "change|modify|move|update|reschedule|instead of|modifie*|deplace*|cambia*|mover|muda*|alterar|altera|palitan|baguhin|修改|改成|改到|बदल*|ਬਦਲ*|بدل*|تغيير|غير|تغییر|змін*|перенес*",
  ],
  delete: [
    "effacer|effacez|supprimer|supprimez|borrar|apagar|excluir",
    "پاک کن|پاک کنید|پاکش کن|حذف کن|امسح|احذف|مٹا دو|ڈیلیٹ کر*|डिलीट कर*|मिटा दो|ਡਿਲੀਟ ਕਰ*|ਮਿਟਾ ਦਿਓ|видали|видаліть|删除|删掉|清除|burahin|i delete|borra|borre|apaga|apague|efface|supprime|wipe|erase",
    "видал*|вилуч*|зітріть|стеріть|удали*",
    "bura|burahin|pakibura*|binura|pakitanggal*|alisin|pakialis*",
    "forget|oublie*|olvida*|esquec*|esqueca*|esquece|kalimutan|忘记|भूल जाओ|ਭੁੱਲ ਜਾਓ|بھول جاؤ|فراموش کن|انس|забудь*|delete|erase|remove|wipe|clear|efface*|supprime*|borra*|elimina*|apaga*|apague|exclua|excluir|burahin|tanggalin|删除|清除|डिलीट|हटा*|मिटा*|delete kar*|ਮਿਟਾ*|ਡਿਲੀਟ|ਹਟਾ*|ڈیلیٹ|مٹا*|حذف*|پاک*|احذف|امسح|видали*|видалити|стерти|зітри",
  ],
  "personal-data": [
    "що ви про мене зберегли|про мене зберегли|що ти про мене зберіг",
    "про мене зберігаєш|що ти про мене|що ви про мене|зберігаєш про мене|що зберігаєте про мене",
    "informations que vous avez gardees|les informations que vous avez|vos fichiers|tout ce que vous avez garde|toutes mes informations|mes informations|اطلاعاتی که ازم|هر اطلاعاتی|ازم نگه داشتی",
    "lo que guardaste de mi|todo lo que sabes de mi|lo que tienes de mi|everything you stored about me|everything you have on me|everything you know about me|tout ce que tu as sur moi|tout ce que vous avez sur moi|tudo que voce guardou|tudo sobre mim|所有关于我的|我的所有信息|मेरे बारे में सब|ਮੇਰੇ ਬਾਰੇ ਸਭ|میرے بارے میں سب|كل ما تعرفه عني|كل معلوماتي|هر چی از من|هرچی از من|все що ви зберегли|все про мене|lahat ng tungkol sa akin",
    "اطلاعات من|اطلاعاتم|اطلاعات منو|اطلاعات مرا|داده های من|دیتای من|بياناتي|معلوماتي|میرا ڈیٹا|میری معلومات|मेरा डेटा|मेरी जानकारी|ਮੇਰਾ ਡਾਟਾ|ਮੇਰੀ ਜਾਣਕਾਰੀ|мої дані|我的数据|我的信息|datos mios|mis datos|meus dados|mes donnees|my data|my info|impormasyon ko|data ko",
    "data|information|informations|info|donnees|datos|dados|डेटा|डाटा|जानकारी|ڈیٹا|بيانات|дані|даних|impormasyon|tout ce que tu sais|ce que tu sais sur moi|ce que vous savez sur moi|sur moi|sobre mi|todo sobre mi|tudo sobre mim|sobre mim|tungkol sa akin|my data|all my data|my information|my info|the info|info you|everything you know|what you know about me|about me|data you|stored about me|my personal data|mes donnees|mes informations|toutes mes donnees|tout ce que vous savez|mis datos|mi informacion|todo lo que sabes|meus dados|minhas informacoes|tudo sobre mim|data ko|impormasyon ko|lahat ng alam mo",
    "数据|资料|信息|所有信息|记录|个人信息|我的信息|मेरा डेटा|मेरी जानकारी|सारी जानकारी|mera data|meri jankari|ਜਾਣਕਾਰੀ*|ਡਾਟਾ|ਡੇਟਾ|میرا ڈیٹا|میری معلومات|ڈیٹا|اطلاعاتم|اطلاعات من|داده های من|بياناتي|معلوماتي|كل ما تعرفه|мої дані|дані про мене|інформацію про мене|все що ти знаєш",
  ],
  forget: [
    "kalimutan mo na ako|olvidate de mi|forget me|forget about me|forget everything|oublie moi|oubliez moi|olvidame|esqueca me|kalimutan mo ako|忘记我|मुझे भूल जाओ|mujhe bhool jao|ਮੈਨੂੰ ਭੁੱਲ ਜਾਓ|مجھے بھول جاؤ|فراموشم کن|انسني|забудь мене|забудьте мене",
  ],
  "language-verb": [
    "tes reponses en|lire tes reponses|tu peux changer|je prefere lire",
    "ਜਵਾਬ|जवाब|jawab|jawaab|دیا کرو|ਦਿਆ ਕਰੋ",
    "давай далі|ponme las respuestas|respondeme en|contestame en|escribeme en|las respuestas en|reponds moi en|reponds en|responde em|me responde em",
    "reply करो|reply karo|reply do|में reply|mein reply|me reply|ch reply|reply in|respond in|answer in",
    "ch jawab|vich jawab|ch likho|vich likho|ch gal karo|jawab deyo|jawab dyo|jawab do|jawab dijiye|mein likho|me likho|جواب بدی|جواب بده|جواب بدید|جواب بدین|بنویس|صحبت کن",
    "जवाब दें|जवाब दो|जवाब दीजिए|में जवाब|में बात करो|में बोलो|में लिखो|में लिखें|mein jawab|me jawab|mein baat|ਵਿੱਚ ਜਵਾਬ|ਵਿਚ ਜਵਾਬ|ਜਵਾਬ ਦਿਓ|میں جواب|جواب دیں|غير اللغة|غيّر اللغة|تغيير اللغة|بدل اللغة|حول اللغة|اللغة إلى|اللغة الى|رد علي ب|تكلم ب|كلمني ب|زبان را|زبان رو|عوض کن|تغییر بده|به فارسی جواب|відповідай|відповідайте|пиши|перейди на|зміни мову|змініть мову|回复我|用中文|改成|切换到|sagot mo sa|sumagot ka sa|palitan ang wika|palitan mo ang language",
    "switch to|change to|answer in|answer me in|reply in|respond in|speak|talk to me in|talk in|write in|from now on|parle*|reponds|repondre|repondez|ecris en|ecrivez en|habla*|responde*|contesta*|escribe en|fala*|responda*|responder|escreva em|magsalita|sumagot|mag salita|sagot|sagutin|mag english|mag tagalog",
    "回答|回复|切换到|请用|改用|说中文|讲中文|बात कर*|जवाब दो|जवाब दीजिए|baat kar*|baat karo|jawab do|ਗੱਲ ਕਰ*|ਜਵਾਬ ਦਿਓ|بات کر*|جواب دیں|تحدث|تكلم|أجب|اجب|رد علي|صحبت کن*|جواب بده|پاسخ بده|відповідай*|відповідати|говори*|розмовляй|перейди на|пиши",
  ],
  "language-change": [
    "російською|по російськи|на русском|in russian|en russe|en ruso|em russo|بالروسية|به روسی|روسی میں|रूसी में|用俄语",
    "change language|switch language|change the language|other language|another language|changer de langue|changer la langue|cambiar idioma|cambiar el idioma|mudar idioma|mudar o idioma|palitan ang wika|更改语言|切换语言|भाषा बदल*|bhasha badal*|ਭਾਸ਼ਾ ਬਦਲ*|زبان تبدیل|زبان بدل*|تغيير اللغة|تغییر زبان|زبان را عوض|змінити мову",
  ],
  "follow-up": [
    "^and for|^and what about|^what about|^how about|^and if|^and my|^and her|^and his|^and the|^also for|^same for|^for my|^and a|^and an|^et pour|^et si|^et mon|^et ma|^et le|^et la|^pour mon|^pour ma|^y para|^y si|^y mi|^y el|^y la|^para mi|^e para|^e se|^e meu|^e minha|^e o|^e a|^para meu|^para minha|^paano naman|^pano naman|^eh ang|^at ang|^at yung|^at para",
    "^那|^那么|^还有|^如果是|^और|^aur|^ਅਤੇ|^ਤੇ|^اور|^و برای|^و اگر|^وماذا عن|^ماذا عن|^а для|^а якщо|^і для|^а як|^а що",
  ],
  "third-party": [
    "eles conseguem|ellos pueden|ils peuvent|can they see|can they check|can they track",
    "us application|uski application|unki application|उस एप्लीकेशन|اس کی درخواست|ان کی درخواست",
    "estudyante namin|empleyado namin|our student|our students|our employee|notre etudiant|nuestro estudiante|nuestro alumno|nosso aluno|наш працівник|нашого працівника|наш студент|طالب عندنا|عندنا طالب|موظف عندنا|ہمارا ملازم|ہمارے طالب علم|हमारा छात्र|हमारे स्टूडेंट|ਸਾਡਾ ਵਿਦਿਆਰਥੀ|我们的学生|我们学生|我们的员工",
    "حقها|حقه|ديالها|ديالو|دياله|متاعها|متاعه|هل يستطيع|هل تستطيع|يقدر يشوف|تقدر تشوف",
    "ohda|ohdi|ohde|usda|usdi|usde|unhan da|وضعیتشو|پروندشو|پرونده اش|درخواستشو|تبعه|تبعها|بتاعه|بتاعها|ملفه|ملفها|حالته|حالتها",
    "الخاصة به|الخاصة بها|الخاص به|الخاص بها|بتاعه|بتاعها|تبعه|تبعها|nya",
    "his|her|him|them|their|she|he s|for him|for her|son statut|sa demande|son dossier|sa demande|pour lui|pour elle|leur|su solicitud|su estado|de ella|de el|sus|dele|dela|deles|delas|niya|nila|kanya|kaniya",
    "她的|他的|他们的|她|उसका|उसकी|उसके|unka|uska|uski|unki|uske|ਉਸਦਾ|ਉਸਦੀ|ਉਸ ਦਾ|ਉਸ ਦੀ|ਉਹਦਾ|ਉਹਦੀ|ਉਸਦੇ|اس کا|اس کی|اس کے|ان کا|ان کی|حالته|حالتها|طلبه|طلبها|حسابه|حسابها|او را|او|وضعیتش|درخواستش|تحصیلش|پرونده اش|його|її|їх|йому|їй",
  ],
  "can-i": [
    "ابي اشوف|أبي أشوف|ابغى اشوف|أبغى أشوف|بدي شوف|بدي اشوف|عايز اشوف|عاوز اشوف|نقدر نشوف|نقدر نتابع|نقدر نعرف|بغيت نشوف|بغيت نعرف",
    "ازاي اشوف|إزاي أشوف|كيف اشوف|كيف أشوف|كيف بقدر|بقدر اشوف|اقدر اشوف|ممكن اشوف|ممكن أشوف|میشه با|میشه ببینم|میتونم ببینم|dekh sakda|dekh sakdi|vekh sakda|vekh sakdi|dekh sakta|dekh sakti|kive dekh|kiddan dekh|kaise dekh",
    "makikita ko ba|makikita ko rin ba|makita ko ba|pwede ko bang makita|puwede ko bang makita|pwede ko makita|chi bachu ya|чи бачу я|чи побачу я|чи зможу я|чи зможу|чи можу бачити|чи буду бачити",
    "consigo ver|consigo acessar|consigo acompanhar|da para eu ver|da pra eu ver|tem como eu ver|tem como ver|posso ver|puedo ver|se puede ver|puedo consultar|hay forma de ver|hay manera de ver|es posible ver|est il possible de voir|ai je le droit|j ai le droit de|on peut voir|peut on voir|je peux voir|am i able to|are we allowed|is it allowed",
    "sakda haan|sakdi haan|sakda han|sakdi han|sakde haan|ki main|kya mai|kya main|ਸਕਦਾ ਹਾ|ਸਕਦੀ ਹਾ|सकता हू|सकती हू|سکتا ہو|سکتی ہو|am i allowed|is it ok if i|would i be able|est ce que je pourrais|je pourrais|puis je|podria yo|me dejan|eu poderia|daria para eu|pwede ko bang|puwede ko bang|pwede ba akong|kaya ko bang|我能不能|我可不可以|能否|可否|هل أقدر|هل اقدر|أقدر|اقدر|بقدر|ممكن أشوف|ممكن اشوف|می شود من|میشه من|میتونم|می تونم|можу я|чи можу я|чи зможу",
    "can i|could i|may i|am i allowed|can we|could we|may we|is there any way for us|is there a way for us|is it possible for me|je peux|puis je|est ce qu on peut|peut on|pouvons nous|est ce que je peux|puedo|podemos|podria|posso|podemos|pwede ko ba|puwede ko ba|pwede ba|maaari ba|pwede kong",
    "我能|我可以|能不能|我们能|我们可以|kya main|kya mai|क्या मैं|क्या हम|सकता हूँ|सकती हूँ|sakta hu|sakti hu|de du kya|ਸਕਦਾ ਹਾਂ|ਸਕਦੀ ਹਾਂ|ਕੀ ਮੈਂ|کیا میں|کیا ہم|سکتا ہوں|سکتی ہوں|سکتے ہیں|هل يمكنني|هل يمكننا|هل أستطيع|هل استطيع|می توانم|میتوانم|می تونم|می توانیم|чи можу я|чи можу|можу я|чи можемо|чи можна",
  ],
  extension: [
    "توسیع|توسيع",
    "اکستنشن|ایکستنشن|اكستنشن|اكستينشن|ایکسٹینشن|एक्सटेंशन|ਐਕਸਟੈਂਸ਼ਨ",
    "extension|extend*|renew*|prolong*|prorrog*|extender|extensao|延期|续签|एक्सटेंशन|extension ka|ਐਕਸਟੈਂਸ਼ਨ|ایکسٹینشن|تمديد|تمدید|продовжен*|продовжити",
  ],
  renewal: [
    "ਰੀਨਿਊ*|रिन्यू*|رینیو*",
    "поновлен*|поновити|تجديد|تجدید|تمدید کارت|بالتجديد|التجديد|للتجديد",
    "renew*|replace*|replacement|expired|expiring|renouvel*|remplac*|renova*|reemplaz*|substitu*|续签|换卡|रिन्यू|ਰੀਨਿਊ|رینیو|تجديد|تمدید|поновл*|замін*",
  ],
  certificate: ["certificate|certificat|certificado|证书|प्रमाणपत्र|सर्टिफिकेट|ਸਰਟੀਫਿਕੇਟ|سرٹیفکیٹ|شهادة|گواهی|сертифікат*|свідоцтв*"],
  minor: [
    "minor|under 18|underage|mineur|mineure|menor de edad|menor de idade|nabalig|नाबालिग|ਨਾਬਾਲਗ|نابالغ|قاصر|زیر 18 سال|неповнолітн*|未成年",
  ],
  inside: [
    "inside canada|already in canada|currently in canada|i live in canada|living in canada|we are in canada|from inside|within canada|from within canada|in canada already|i m in canada|im in canada|here in canada|inland|depuis le canada|a l interieur du canada|de l interieur du canada|desde canada|desde dentro de canada|dentro de canada|dentro do canada|de dentro do canada|nandito ako sa canada|nasa canada ako|dito sa canada",
    "在加拿大境内|加拿大境内|境内申请|canada ke andar|canada ke andar se|कनाडा के अंदर|ਕੈਨੇਡਾ ਦੇ ਅੰਦਰ|ਕੈਨੇਡਾ ਦੇ ਅੰਦਰੋਂ|کینیڈا کے اندر|من داخل كندا|داخل كندا|داخل کانادا|از داخل کانادا|з канади|всередині канади|в межах канади",
  ],
  outside: [
    "outside canada|outside of canada|from outside|from abroad|overseas|hors du canada|de l exterieur|a l etranger|depuis l etranger|fuera de canada|desde el extranjero|fora do canada|do exterior|sa labas ng canada",
    "加拿大境外|境外|从国外|canada ke bahar|कनाडा के बाहर|ਕੈਨੇਡਾ ਤੋਂ ਬਾਹਰ|ਬਾਹਰੋਂ|کینیڈا سے باہر|خارج كندا|من خارج كندا|خارج از کانادا|خارج کانادا|از خارج|за межами канади|з-за кордону|з за кордону",
  ],
  quebec: ["quebec|quebecois|csq|arrima|mifi|peq|魁北克|魁省|क्यूबेक|ਕਿਊਬੈਕ|کیوبیک|کیوبک|كيبيك|کبک|квебек*"],
  "not-quebec": [
    "outside quebec|outside of quebec|not in quebec|hors quebec|hors du quebec|fuera de quebec|fora de quebec|fora do quebec|except quebec|excluding quebec",
  ],
  credential: [
    "sign in partner|sign in partners|signin partner|bank login|banking login|online banking|bank credentials|banking password|bank password|partenaire de connexion|connexion bancaire|identifiants bancaires|socio de inicio de sesion|acceso bancario|banca en linea|clave bancaria|mi clave|su clave|parceiro de login|parceiro de acesso|login do banco|internet banking|senha do banco|登录合作伙伴|银行登录|网银|网上银行|साइन इन पार्टनर|बैंक लॉगिन|नेट बैंकिंग|ਸਾਈਨ ਇਨ ਪਾਰਟਨਰ|ਬੈਂਕ ਲੌਗਇਨ|سائن ان پارٹنر|بینک لاگ ان|شريك تسجيل الدخول|الدخول البنكي|حساب البنك|شریک ورود|ورود بانکی|sign in partner ng bangko|bank login ko|партнер для входу|партнера для входу|банківський вхід|вхід через банк|банк id|bankid",
    "لاگ ان|لاگن|ای سائن|e sign|esign on behalf|sign on behalf",
    "الباسورد|باسورد|الباسوورد|باسوورد|الرقم السري|الرقم السرّي|كلمة السر تبعه|باس ورد|پاسوردشو|پسوردشو|رمزشو",
    "*كلمة مرور|*كلمه مرور|*كلمة سر|*كلمه سر|رمز gckey|رمز ورود|رمزشو|رمزش|его пароль|її пароль|свій пароль|мій пароль|паролем|паролі|паролю|пароля",
    "*كلمة السر|*كلمة المرور|*كلمه السر|*كلمه المرور|پسورد*|رمز عبور*|گذرواژه*|پاس ورڈ*|پاسورڈ*|पासवर्ड*|ਪਾਸਵਰਡ*|密码*",
    "логін*|логіном|логіна|пароль від|user id|user name|usuario y contrasena|usuario e senha|nom d utilisateur|اسم المستخدم|نام کاربری|用户名|账号密码|यूजरनेम|ਯੂਜ਼ਰਨੇਮ|یوزرنیم",
    "her gckey|his gckey|their gckey|son gckey|sa gckey|su gckey|gckey dela|gckey dele|її gckey|його gckey|password|passcode|passwd|credentials|login|gckey login|gckey credentials|gckey details|login details|sign in details|username and password|gckey username|mot de passe|identifiants|contrasena|credenciales|senha|password ko|password niya|密码|पासवर्ड|ਪਾਸਵਰਡ|پاس ورڈ|پاسورڈ|كلمة المرور|كلمة السر|رمز عبور|گذرواژه|پسورد|пароль*",
  ],
  /**
   * Signing in to an account as, with or for someone ("log in with my account", "sign in as me",
   * "用我的账号登录"). With another person in the message it is credential sharing (see understand.ts).
   */
  "account-login": [
    "use her account|use his account|using her account|using his account|log in with her|log in with his|sign in with her|sign in with his|log in with my|login with my|log in using my|sign in with my|signs in with my|sign in using my|log in to my account|log into my account|login to my account|sign in to my account|sign into my account|into my account|use my account|access my account|log in as me|sign in as me|log in on my behalf|sign in on my behalf|log in for me|sign in for me|login for me|log in to her account|log in to his account|log into her account|log into his account|sign in to her account|sign in to his account|sign into her account|sign into his account|my login|my account login|share my account|share my login",
    "se connecter avec mon|se connecter avec ma|se connecter avec mes|se connecte avec ma|se connecte avec mon|se connecter a mon compte|se connecter sur mon compte|connecter a mon compte|utiliser mon compte|acceder a mon compte|entrer dans mon compte|se connecter a ma place|connecter a ma place|mon compte cle gc|mon compte clegc",
    "entrar con mi|entrar con mis|iniciar sesion con mi|inicie sesion con mi|inicia sesion con mi|entrar a mi cuenta|entrar en mi cuenta|usar mi cuenta|acceder a mi cuenta|entre a mi cuenta|entrar por mi|mis datos de acceso",
    "entrar com minha|entrar com meu|entrar com a minha|logar com|logar na minha conta|fazer login com|entrar na minha conta|usar minha conta|acessar minha conta|entre na minha conta|entrar por mim|meu login|meus dados de acesso",
    "用我的账号|用我的账户|用我的帐号|登录我的账号|登我的账号|登录我的账户|登录我的帐号|登我账号|进我的账号|账号给|账户给|帮我登录|替我登录|代我登录|登录信息|登录资料",
    "से लॉगिन|से लॉग इन|से साइन इन|se login|se log in|मेरे अकाउंट से लॉग*|मेरे अकाउंट में लॉग*|मेरा अकाउंट इस्तेमाल|मेरे अकाउंट से चेक|मेरे खाते से लॉग|mere account se login|mere account me login|mere account mein login|mere account se check|mera account use|mera login|मेरा लॉगिन|मेरी लॉगिन",
    "ਨਾਲ ਲੌਗਇਨ|ਨਾਲ ਲੌਗ ਇਨ|ਨਾਲ ਸਾਈਨ ਇਨ|nal login|ਮੇਰੇ ਅਕਾਊਂਟ ਵਿੱਚ ਲੌਗ*|ਮੇਰੇ ਅਕਾਊਂਟ ਚ ਲੌਗ*|ਮੇਰਾ ਅਕਾਊਂਟ ਵਰਤ|ਮੇਰੇ ਅਕਾਊਂਟ ਤੋਂ ਚੈੱਕ|mere account ch login|mere account vich login|mera account vart|ਮੇਰਾ ਲੌਗਇਨ|mera login",
    "سے لاگ ان|سے سائن ان|میرے اکاؤنٹ میں لاگ*|میرے اکاؤنٹ سے لاگ*|میرا اکاؤنٹ استعمال|میرے اکاؤنٹ سے چیک|میرے اکاونٹ میں لاگ|میرا لاگ ان",
    "الدخول بحساب|الدخول بحسابي|دخول بحسابي|يسجل الدخول ب*|تسجيل الدخول ب*|بحسابي|على حسابي|لحسابي|ادخل حسابي|يدخل حسابي|يدخل على حسابي|الدخول إلى حسابي|الدخول الى حسابي|بيانات الدخول|بيانات تسجيل الدخول|معلومات الدخول",
    "با gckey|gckey من|gckey منو|با حسابم|با اکانتم|با حساب من|وارد حسابم|وارد اکانتم|اطلاعات ورود",
    "sign in gamit|log in gamit|login gamit|mag sign in gamit|mag log in gamit|gckey ko|mag log in sa account ko|mag login sa account ko|pumasok sa account ko|account ko|gamit ang account ko|gamitin ang account ko|login ko|log in ko|sign in ko",
    "увійти з моїм|зайти з моїм|увійти під моїм|зайти під моїм|банківським входом|зайти в мій акаунт|увійти в мій акаунт|заходити в мій акаунт|зайти в мій кабінет|увійти в мій кабінет|під моїм акаунтом|моїм акаунтом|моїм логіном|мій логін|дані для входу|дані від мого акаунта",
  ],
  /** Someone other than the asker, named without a role: "a friend", "someone", "my agent", "the school". */
  "other-person": [
    "someone|somebody|anyone|anybody|someone else|a friend|my friend|friend|friends|my boss|boss|agent|consultant|lawyer|school|college|university|employer|colleague|coworker|roommate|neighbour|neighbor|another person|other people|third party|relative|family member|family members|my family|partner",
    "quelqu un|un ami|une amie|mon ami|mon amie|des amis|mon patron|ma patronne|un tiers|une autre personne|mon employeur|l ecole|mon ecole|un proche|ma famille|un agent|mon agent|consultant|consultante|avocat|avocate|representant",
    "alguien|otra persona|un amigo|una amiga|mi amigo|mi amiga|mi jefe|mi jefa|un tercero|mi familia|un familiar|mi agente|agente|consultor|consultora|abogado|abogada|la escuela|mi escuela|mi empleador|representante",
    "alguem|outra pessoa|um amigo|uma amiga|meu amigo|minha amiga|meu chefe|minha chefe|terceiro|minha familia|um parente|meu agente|consultor|consultora|advogado|advogada|escola|empregador|representante",
    "别人|其他人|朋友|老板|中介|顾问|律师|学校|雇主|家人|亲戚|代理|他人|同事|代理人",
    "किसी और|कोई और|दोस्त|बॉस|एजेंट|कंसल्टेंट|वकील|स्कूल|कॉलेज|नियोक्ता|रिश्तेदार|परिवार|प्रतिनिधि|kisi aur|koi aur|dost|agent|consultant|vakeel|vakil",
    "ਮਾਲਕ|ਕਿਸੇ ਹੋਰ|ਕੋਈ ਹੋਰ|ਦੋਸਤ|ਯਾਰ|ਏਜੰਟ|ਕੰਸਲਟੈਂਟ|ਵਕੀਲ|ਸਕੂਲ|ਕਾਲਜ|ਬੌਸ|ਰਿਸ਼ਤੇਦਾਰ|ਪਰਿਵਾਰ|ਨੁਮਾਇੰਦ*|kise hor|koi hor|yaar",
    "کسی اور|کوئی اور|دوست|ایجنٹ|کنسلٹنٹ|وکیل|اسکول|سکول|کالج|باس|رشتہ دار|خاندان|نمائندہ|نمائندے",
    "شخص آخر|شخص اخر|حدا|أحد|احد|صديق|صديقي|صديقتي|صاحبي|مديري|وكيل|مستشار|المستشار|محامي|المحامي|المدرسة|الجامعة|صاحب العمل|أقاربي|اقاربي|عائلتي|الوكيل|ممثل|الممثل",
    "کس دیگه|کس دیگر|کسی|شخص دیگر|دوستم|دوست|رفیقم|رئیسم|ایجنت|مشاور|وکیل|مدرسه|دانشگاه|کارفرما|فامیل|خانواده|نماینده",
    "ibang tao|kaibigan|kaibigan ko|amo ko|boss ko|ahente|agent|consultant|abogado|paaralan|eskwelahan|employer|kamag anak|pamilya|representative",
    "хтось|хтось інший|інша людина|іншій людині|друг|друга|подруга|подрузі|другові|знайом*|начальник|агент|консультант|юрист|адвокат|школа|університет|роботодав*|родич*|родина|представник*",
  ],
  /** Programs inside one application type, for their processing times (timeline.ts): "caregiver", "Atlantic"… */
  "programme:caregiver": [
    "caregiver*|care giver*|home care worker*|home child care provider*|home support worker*|nanny|aide familial*|aides familiaux|aide a domicile|aides a domicile|soins a domicile|cuidador*|cuidadora*|cuidado en el hogar|cuidados domiciliares|护工|保姆|看护|家庭护理|护理人员|केयरगिवर|केयर गिवर|केयरटेकर|ਕੇਅਰਗਿਵਰ|ਕੇਅਰ ਗਿਵਰ|کیئرگیور|کیئر گیور|مقدم رعايه|مقدمی الرعايه|مقدمي الرعاية|مراقب کودک|پرستار|مراقبت در منزل|tagapag alaga|tagapangalaga|доглядальник*|доглядальниц*|доглядач*",
  ],
  "programme:atlantic": ["atlantic*|aip|atlantique|atlantico|atlántico|大西洋|अटलांटिक|ਐਟਲਾਂਟਿਕ|اٹلانٹک|الأطلسي|الاطلسي|آتلانتیک|атлантичн*"],
  "programme:selfEmployed": [
    "self employed|travailleur autonome|travailleurs autonomes|trabajador autonomo|trabajadores autonomos|trabalhador autonomo|autonomos|自雇|स्वरोजगार|सेल्फ एम्प्लॉयड|ਸਵੈ ਰੁਜ਼ਗਾਰ|خود روزگار|العمل الحر|خوداشتغالی|самозайнят*",
  ],
  "programme:startUpVisa": [
    "start up visa|startup visa|demarrage d entreprise|visa de emprendedor|visa de startup|visto de startup|创业签证|स्टार्टअप वीज़ा|स्टार्ट अप वीजा|ਸਟਾਰਟਅਪ ਵੀਜ਼ਾ|اسٹارٹ اپ ویزا|تاشيرة الشركات الناشئة|تأشيرة الشركات الناشئة|استارتاپ ویزا|стартап віз*",
  ],
  "programme:rural": [
    "rnip|rural and northern|rural community|rural communities|communautes rurales|comunidades rurales|comunidades rurais|农村社区|乡村社区|ग्रामीण समुदाय|ਪੇਂਡੂ ਭਾਈਚਾਰਾ|دیہی کمیونٹی|المجتمعات الريفية|جوامع روستایی|сільських громад|сільські громади",
  ],
  "programme:agriFood": [
    "agri food*|agrifood|agroalimentaire|agroalimentario|agroalimentar|农业食品|कृषि खाद्य|ਖੇਤੀ ਖੁਰਾਕ|زرعی خوراک|الأغذية الزراعية|الاغذيه الزراعيه|کشاورزی و غذا|агрохарч*",
  ],
  /** Small talk, answered with one short line when the message says nothing else (understand.ts). */
  "small-talk:thanks": [
    "thanks|thank you|thank u|thx|ty|many thanks|thanks a lot|merci|merci beaucoup|gracias|muchas gracias|obrigado|obrigada|muito obrigado|valeu|谢谢|多谢|谢了|धन्यवाद|शुक्रिया|dhanyavaad|dhanyawad|shukriya|ਧੰਨਵਾਦ|ਸ਼ੁਕਰੀਆ|شکریہ|شكرا|مشكور|ممنون|مرسی|متشکرم|salamat|maraming salamat|дякую|спасибі|дуже дякую",
  ],
  "small-talk:hello": [
    "hello|hi|hey|hi there|good morning|good evening|bonjour|salut|bonsoir|hola|buenos dias|buenas tardes|ola|oi|bom dia|boa tarde|你好|您好|नमस्ते|namaste|ਸਤ ਸ੍ਰੀ ਅਕਾਲ|sat sri akal|السلام علیکم|السلام عليكم|سلام|مرحبا|اهلا|kumusta|magandang umaga|magandang araw|привіт|добрий день|вітаю",
  ],
  "small-talk:ok": [
    "ok|okay|okey|got it|alright|all right|d accord|ok merci|vale|entendido|ta bom|beleza|entendi|好的|明白了|知道了|ठीक है|theek hai|thik hai|ਠੀਕ ਹੈ|ٹھیک ہے|حسنا|تمام|باشه|خب|sige|sige po|добре|зрозуміло|гаразд",
  ],
  "small-talk:bye": [
    "bye|goodbye|bye bye|see you|au revoir|a plus|adios|hasta luego|chao|tchau|ate logo|再见|拜拜|अलविदा|फिर मिलेंगे|alvida|ਅਲਵਿਦਾ|خدا حافظ|خداحافظ|مع السلامة|وداعا|paalam|бувай|до побачення",
  ],
  /** Comparing two things ("faster than", "compared to"): with a new card and a renewal, the renewal-is-faster myth. */
  comparison: [
    "faster|quicker|slower|compared|compare|comparison|versus|vs|than|plus rapide|plus vite|plus lent|par rapport|compare a|mas rapido|mas rapida|comparado|comparada|mais rapido|mais rapida|do que|更快|快吗|相比|比新卡|比首次|तेज़|तेज|ज़्यादा जल्दी|से जल्दी|के मुकाबले|ਤੇਜ਼|ਨਾਲੋਂ|ਮੁਕਾਬਲੇ|تیز|سے جلدی|مقابلے|أسرع|اسرع|مقارنة|سریعتر|سریع تر|زودتر|در مقایسه|mas mabilis|kaysa|швидше|ніж|порівняно",
  ],
  "first-card": [
    "first card|new card|new pr card|first pr card|premiere carte|nouvelle carte|primera tarjeta|tarjeta nueva|primeiro cartao|cartao novo|首次|新卡|第一张|पहला कार्ड|नया कार्ड|ਪਹਿਲਾ ਕਾਰਡ|ਨਵਾਂ ਕਾਰਡ|پہلا کارڈ|نیا کارڈ|البطاقة الاولى|بطاقة جديدة|کارت اول|کارت جدید|unang card|bagong card|перша картка|нова картка|першу картку|нову картку|першої картки|нової картки",
  ],
  "share-verb": [
    "ਮੰਗਿਆ|ਮੰਗ ਰਿਹਾ|मांगा|मांग रहा|مانگا|مانگ رہا|maanga|manga hai|hiningi|hinihingi|попросив|попросила|просить|طلب مني|خواسته|میخواد|می خواهد|pidio|pediu|demande mon|me demande mes|asked for my|asked me for my|wants my|share my|give my",
    "عطاني|عطيته|اعطاني|أعطاني|ادخل حسابه|ادخل على حسابه|ادخل حسابها|ادخل على حسابها|افوت على حسابه|ادخل باسمه|بهم داده|داده بهم|بم داد|وارد حسابش|با اکانتش|با حسابش",
    "gamitin|gagamitin|gamitin ko|ginagamit ko|les doy|le doy|si les doy|si le doy|darles mi|darle mi|dar mi usuario|dar mis datos|dou minha senha|dar minha senha|passer mes identifiants|donner mon mot de passe|donner mes identifiants|用我|用她的|用他的|استعمل|أستخدم|استخدم حساب|با رمز|با پسورد|وارد حسابش|وارد اکانتش|користуватися його|користуватися її|зайти в його|зайти в її",
    "used his|used her|used my|use his|use her|using his|using her|logged in with|signed in with|log in with|logged into his|logged into her|with her password|with his password|j ai utilise|utilise son|utilise sa|use su|use la|usando su|usei a|usei o|usando a senha|ginamit ko|gamit ang|استخدمت|استخدام|باستخدام|دخلت ب|دخلت إلى|استفاده کردم|استفاده از|وارد شدم|استعمال کیا|استعمال کر|इस्तेमाल किया|इस्तेमाल कर|ਵਰਤਿਆ|ਵਰਤ ਕੇ|зайшов під|зайшла під|увійшов під|увійшла під|під логіном|під його|під її|використ*|скористав*|дав свій|дала свій|用了他的|用她的|用他的|登录了他|登录了她",
    "give it|give them|should i give|share it|send it|hand over|asks for my|asking for my|wants my|demande mon|me demande|pide mi|me pide|pede minha|pede meu|mang raha|maang raha|مانگ رہا|يطلب|می خواهد|просить мій|gave me|give me|given me|give him|give her|give my|share my|share his|share her|shared|sent me|told me|passed me|log in to her|log in to his|log into her|log into his|log in as|use her|use his|using her|using his|m a donne|m a passe|donner mon|partager|me dio|me paso|darle mi|compartir|me passou|me deu|dar minha|dar meu|compartilhar|binigay|ibinigay|ibigay ko",
    "给了我|告诉我|给他|给她|de do|de du|de doon|dedo|diya hai|दे दो|दे दूं|ਦੇ ਦਿਓ|ਦੇ ਦੇਵਾਂ|دے دو|دے دوں|دیا ہے|أعطاني|اعطاني|أعطيته|أعطيها|بهم داد|به من داد|داده|بدهم|дав мені|дала мені|передав|передала|поділитися",
  ],
  "other-part": [
    "la parte que el presento|la parte que presento|su parte como patrocinador|parte como patrocinador|como patrocinador",
    "یا صرف اپنا حصہ|یا صرف اپنا|या सिर्फ अपना|ya sirf apna|ਜਾਂ ਸਿਰਫ਼ ਆਪਣਾ|or only mine|or just mine|ou seulement le mien|o solo el mio|ou so o meu|o yung akin lang|чи тільки свою|还是只有我的|还是只能看我的|أو بس جزئي|یا فقط مال خودم|یا فقط پرونده|ਉਹਦੇ sponsor ਵਾਲੇ ਹਿੱਸੇ|sponsor eligibility اونم|اونم ببینم",
    "a parte deles|a parte delas|ਉਹਨਾਂ ਦੀ ਪੀਆਰ ਵਾਲੀ ਫਾਈਲ|ਉਹਨਾਂ ਦੀ ਫਾਈਲ|their part|la parte de ellos|leur partie|بشوف بس الجزء تبعي|بس الجزء تبعي|الجزء تبعي بس",
    "la parte de ella|la parte de el|la de ella|la de el|medical niya|biometrics niya|medical nya|her medical|his medical|her medicals|her biometrics|his biometrics|sa medical niya|جزء الاقامة الدائمة تبعها|الجزء تبعها|الجزء تبعه|جزءها|الجزء الخاص بها|الجزء الخاص به|її медичн*|його медичн*|她的体检|他的体检",
    "الا الجزء حقي|غير الجزء حقي|بس الجزء حقي|الجزء حقي بس|الا الجزء الخاص بي|الا جزئي|غير جزئي|بس جزئي|فقط جزئي",
    "only show my|only shows my|and not her|and not his|not her part|not his part|ou so aparece a minha|so aparece a minha parte|o solo aparece la mia|ou seulement la mienne|ਸਿਰਫ ਮੇਰਾ ਹਿੱਸਾ|ਉਹਦੇ pr ਵਾਲੇ ਹਿੱਸੇ|उसका हिस्सा क्यों नहीं",
    "only see my|i only see my|only shows my|only my own|just my part|just my own|nothing about her|nothing about his|solo mi parte|nomas me aparece mi parte|nomas mi parte|solo me aparece mi|solo veo mi|so vejo a minha|so aparece a minha|eu so vejo|seulement ma partie|je vois juste ma|je vois seulement ma|je ne vois que ma|бачу тільки свою|тільки свою частину|лише свою частину|бачу лише свою|ਸਿਰਫ਼ ਮੇਰਾ|ਸਿਰਫ ਮੇਰਾ|فقط قسمت|فقط بخش|غير الجزء بتاعي|بس الجزء|فقط الجزء الخاص بي|只能看到我|只看到我|只显示我|sirf mera|sirf apna|صرف میرا|صرف اپنا|yung akin lang|part ko lang|sakin lang",
    "那部分|那一部分|配偶的部分|配偶部分|对方的部分|他那部分|她那部分|part ng asawa|parte ng asawa|bahagi ng asawa|part niya|parte niya|bahagi niya|my spouse s part|my wife s part|my husband s part|my partner s part|the applicant s part|the sponsored person s part|spouse s part|wife s part|husband s part|partner s part|la partie de mon conjoint|la partie de ma conjointe|la partie de ma femme|la partie de mon mari|partie de l epoux|la parte de mi esposa|la parte de mi esposo|la parte de mi pareja|la parte de mi conyuge|a parte da minha esposa|a parte do meu marido|a parte do meu conjuge|a parte da minha mulher|पत्नी का हिस्सा|पति का हिस्सा|उनका हिस्सा|ਪਤਨੀ ਦਾ ਹਿੱਸਾ|ਪਤੀ ਦਾ ਹਿੱਸਾ|بیوی کا حصہ|شوہر کا حصہ|جزء زوجتي|جزء زوجي|الجزء الخاص بزوجتي|الجزء الخاص بزوجي|بخش همسرم|قسمت همسرم|قسمت مربوط به همسرم|частину дружини|частину чоловіка|частина дружини|частина чоловіка",
    "his part|her part|their part|part of the file|sa partie|su parte|parte dele|parte dela|他的部分|她的部分|उसका हिस्सा|ਉਸਦਾ ਹਿੱਸਾ|اس کا حصہ|جزءه|جزء الكفيل|بخش او|його частин*|її частин*",
  ],
  irb: [
    // Referral and hearing words, not the board's name: "a friend told me to open My Case at the IRB" is no referral.
    "referred|referral|hearing|sent to the irb|transferred to the irb|renvoye*|deferee*|transmis a la cisr|audience|remitid*|referid*|audiencia|encaminhad*|听证|转到irb|转交|移交|सुनवाई|रेफर हो*|रेफर कर*|ਸੁਣਵਾਈ|ਰੈਫਰ ਹੋ*|ਰੈਫਰ ਕਰ*|سماعت|ریفر ہو*|ریفر کر*|جلسة الاستماع|جلسة استماع|تمت إحالة|تمت احالة|أحيل|احيل|أحالوا|احالوا|إحالة|احالة|جلسه رسیدگی|ارجاع شد*|ارجاع داد*|ارجاع شده|слухання|передано до irb|передали до irb|передали в irb|направили до irb|na refer|nirefer|inirefer|hearing ko|refer ho gaya|refer ho gayi|refer kar diya",
  ],
  /** "Not referred yet": the claim is still with IRCC, so the IRB referral must not be read from the word "IRB". */
  "irb-negated": [
    "ni me han referido|ni me han remitido|ni me refirieron|ni me remitieron|nem fui encaminhad*|nem encaminharam|ni referid*|ni remitid*",
    "not referred|not been referred|not yet referred|not yet been referred|hasn t been referred|has not been referred|haven t been referred|wasn t referred|was not referred|isn t referred|not sent to the irb|not been sent to the irb|not at the irb yet|no hearing yet|no hearing date yet|before the referral|before referral|before it is referred|still with ircc",
    "pas encore defere*|pas ete defere*|pas encore ete defere*|pas encore renvoye*|pas ete renvoye*|pas encore ete renvoye*|pas encore transfere*|pas ete transfere*|pas encore d audience|pas d audience|avant le renvoi|no me han remitido|no han remitido|no ha sido remitid*|aun no remitid*|todavia no remitid*|no ha sido referid*|no me han referido|aun no me han|todavia no me han|sin audiencia|no tengo audiencia|nao foi encaminhad*|ainda nao foi encaminhad*|ainda nao encaminhad*|nao foi remetid*|sem audiencia|ainda sem audiencia|hindi pa na refer*|hindi pa naire refer*|hindi pa ni refer*|wala pang hearing",
    "नहीं भेजा|नहीं भेजी|रेफर नहीं|सुनवाई नहीं|refer nahi|refer nahin|nahi bheja|nahin bheja|ਰੈਫਰ ਨਹੀਂ|ਨਹੀਂ ਭੇਜਿਆ|ਨਹੀਂ ਭੇਜੀ|ਸੁਣਵਾਈ ਨਹੀਂ|ریفر نہیں|نہیں بھیجا|نہیں بھیجی|سماعت نہیں|لم تتم إحالة|لم يتم إحالة|لم تتم احالة|لم يتم احالة|لم يحل|لم تحل|لم يتم تحويل|لم تتم الإحالة|لم يحال|ليس بعد|لا توجد جلسة|لم تحدد جلسة|ارجاع نشده|ارجاع نشد|ارسال نشده|هنوز ارجاع|جلسه ندارم|هنوز جلسه|не передано|ще не передан*|не передали|не направлен*|ще не направили|ще немає слухання|还没转到|尚未转交|还没有转|没有被转介|还没有听证|尚未移交|还没移交|没有转到",
  ],
  /** Armed forces words: with a citizenship application they mean the Canadian Armed Forces stream. */
  military: [
    "canadian forces|armed forces|canadian armed forces|military|army|soldier|navy|air force|reservist|forces canadiennes|forces armees|armee|militaire*|fuerzas armadas|militar*|soldado|ejercito|exercito|forcas armadas|sundalo|hukbo",
    "军人|军队|部队|加拿大军|武装部队|सेना|सैनिक|फौज*|fauj*|ਫੌਜ*|ਸੈਨਿਕ|فوج*|سپاہی|ارتش*|نظامی|سرباز|القوات المسلحة|الجيش|عسكري|військов*|армі*|армії|збройн*",
  ],
  /** A lost, stolen or damaged document: asking for a new copy is a document replacement, not a new permit. */
  lost: [
    "perdi|perdio|perdimos|perdeu|perdemos|j ai perdu|je l ai perdu|extravie|extravio|se me perdio|roubaram|me robaron|on m a vole|nawala ko|naiwala ko|ਗੁਆ ਲਿਆ|ਗੁਆਚ ਗਿਆ|ਗੁਆਚ ਗਈ|खो दिया|खो गया है|گم گیا|گم ہوگیا|کھو گیا|گمش کردم|أضعت|اضعت|فقدته|загубив|загубила|втратив|втратила",
    "lost|stolen|damaged|misplaced|perdu|perdue|vole|volee|endommage*|perdido|perdida|robado|robada|danado|extraviado|extraviada|roubado|roubada|danificado|nawala|nawawala|ninakaw|丢失|丢了|遗失|被偷|损坏|खो गया|खो गई|खो गयी|चोरी|ਗੁਆਚ*|ਗੁੰਮ|ਚੋਰੀ|گم ہو*|گم شد*|گم کرد*|چوری|دزدیده|فقدت|ضاع|ضائع|ضاعت|مفقود*|سرق*|втрат*|загуби*|вкрали|вкрадено|пошкоджен*",
  ],
  /** Losing a job or a status is not losing a document. */
  "lost-other": [
    "lost my job|lost my status|lost status|lost my employment|lost the job|lost my work|perdu mon emploi|perdu mon travail|perdu mon statut|perdi mi trabajo|perdi mi empleo|perdi mi estatus|perdi meu emprego|perdi meu trabalho|perdi meu status|nawalan ng trabaho|丢了工作|失业|丢了身份|नौकरी चली गई|नौकरी खो|naukri chali|ਨੌਕਰੀ ਚਲੀ|ਨੌਕਰੀ ਗੁਆ|نوکری چلی|ملازمت چلی|فقدت عملي|فقدت وظيفتي|فقدت وضعي|کارم را از دست|کارم رو از دست|وضعیتم را از دست|втратив роботу|втратила роботу|втратив статус|втратила статус",
  ],
  /** "Bhai, ..." opening a message addresses the reader ("bro"); it is not a question about a brother. */
  vocative: ["^bhai|^bhaiya|^bhai ji|^bhaji|^paaji|^paji|^veer ji|^bro|^भाई|^भैया|^ਬਾਈ ਜੀ|^ਵੀਰ ਜੀ|^ਭਾਜੀ|^ਬਾਈ|^بھائی|^يا اخي|^يا أخي"],
  "form-missing": [
    "نفرستادیم|نفرستادم|هنوز نفرستاد*|not sent yet|haven t sent the form|haven t submitted the form|submit nahi hua|submit nahin hua|abhi tak submit nahi|nothing has been signed|nothing signed yet|no paperwork signed|nada firmado|rien n a ete signe|nada assinado",
    "not signed|hasn t signed|hasnt signed|has not signed|didn t sign|did not sign|not yet signed|hasn t submitted the form|ainda nao assinou|nao assinou|ainda nao mandou o formulario|no ha firmado|todavia no firma|todavia no ha firmado|no firmo|n a pas signe|n a pas encore signe|pas encore signe|hindi pa pumipirma|hindi pa nagpapasa|hindi pa nag pasa|hindi pa naipapasa|hindi pa pumirma|لم يوقع|ما وقع|لسه ما وقع|لم يوقّع|امضا نکرده|امضا نشده|هنوز امضا نکرده|دستخط نہیں|سائن نہیں|sign nahi|sign nahin|साइन नहीं|हस्ताक्षर नहीं|ਸਾਈਨ ਨਹੀਂ|не підписав|не підписала|ще не підписав|ще не підписала|还没签|没签|未签",
    "koi form vi nahi|koi form nahi|form nahi bhareya|form nahi bhara|koi form nahin|no form|without a form|no forms|sans formulaire|aucun formulaire|sin formulario|ningun formulario|sem formulario|nenhum formulario|بدون فرم|هیچ فرمی|بغير نموذج|بدون نموذج|بغیر فارم|کوئی فارم نہیں|без форми|жодної форми|没有表格|没填表|没签表|walang form",
    "doesn t have an imm 5476|doesn t have a 5476|don t have an imm 5476|does not have an imm 5476|has no imm 5476|have no imm 5476|no 5476|without 5476|hasn t signed|didn t sign|not signed yet|n a pas de imm 5476|n a pas signe|no tiene imm 5476|nao tem imm 5476|without imm 5476|without an imm 5476|without a 5476|without imm 5475|without a 5475|no imm 5476|no imm 5475|not filed|haven t filed|didn t file|without authorization|without authorisation|without any form|not authorized|sans imm 5476|sans imm 5475|sans autorisation|sin imm 5476|sin autorizacion|sem imm 5476|sem autorizacao|bina form|بدون تفويض|بدون فرم|без imm 5476|без дозволу|没有授权",
  ],
  "form-present": ["5475|5476|imm5475|imm5476"],
  "not-tracker": [
    "not in the tracker|not the tracker|pas dans le tracker|pas dans l outil de suivi|no en el tracker|nao no tracker|не в трекері|не у трекері|ترکر نه",
  ],
  where: [
    "ibang site|may ibang site|anong site|which site|what site|quel site|que sitio|qual site|哪个网站|koja",
    "where|ou est ce que je|ou puis je|ou je peux|ou je vois|ou suivre|ou voir|ou verifier|ou consulter|ou trouver|donde|onde|saan|san ko|san makikita|哪里|哪儿|在哪|哪个网站|什么网站|कहाँ|कहां|kahan|kaha|kahaan|ਕਿੱਥੇ|ਕਿਥੇ|ਕਿੱਥੋਂ|kithe|kithon|کہاں|أين|اين|وين|کجا|де|куди|на якому сайті",
  ],
  gckey: ["gckey|gc key|cle gc|clegc|gckey账号|gckey帐号|gckey账户"],
  "reminder-list-question": [
    "cuales avisos|que avisos|ano ano na|ano ano yung|anu anong|naka set ko",
    "نشونم بده|نشون بده|نمایش بده|لیست کن",
    "وريهم ليا|وريني|اللي مسجلين عندي|المسجلين عندي|المسجلة عندي|اعرضهم",
    "چه ریمایندر*|کدوم ریمایندر*|ریمایندرهایی|ریمایندرام|ریمایندرهام",
    "اشوف التذكيرات|أشوف التذكيرات|اعرض تذكيرات|اعرض كل التذكيرات",
    "التذكيرات اللي عندي|تذكيراتي|شو التذكيرات|ايش التذكيرات|وش التذكيرات|وين التذكيرات|اعرض التذكيرات|اعرض لي التذكيرات|عرض التذكيرات|قائمة التذكيرات|شو عندي تذكيرات",
    "لیست*|فهرست*|چیا بودن|چیا هستن|کدوما|چه یادآور*",
    "what reminders|which reminders|reminders do i have|reminders i have|reminders have i|list my reminders|show me my reminders|show my reminders|quels rappels|quels sont mes rappels|que recordatorios|cuales recordatorios|cuales son mis recordatorios|quais lembretes|quais sao meus lembretes|anong mga reminder|anong reminder|ilista|ilista mo|listahan ng mga reminder|listahan ng reminder|哪些提醒|什么提醒|有几个提醒|कौन से रिमाइंडर|कौनसे रिमाइंडर|kaun se reminder|ਕਿਹੜੇ ਰਿਮਾਈਂਡਰ|کون سے ریمائنڈر|ما هي التذكيرات|ما التذكيرات|اي تذكيرات|أي تذكيرات|چه یادآورهایی|کدام یادآورها|які нагадування|які в мене нагадування|список нагадувань",
  ],
  "sponsor-part": [
    "sponsor wala hissa|sponsor wale hisse|sponsor vala hissa",
    "the sponsor assessment|sponsor assessment|sponsor s part|sponsor part|sponsorship part|sponsor side|la partie du repondant|la partie parrainage|partie repondant|la parte del patrocinador|parte del patrocinio|la parte de patrocinador|parte do patrocinador|parte do patrocinio|担保人部分|担保部分|担保人那部分|स्पॉन्सर वाला हिस्सा|स्पॉन्सरशिप वाला हिस्सा|स्पॉन्सर का हिस्सा|ਸਪਾਂਸਰ ਵਾਲੇ ਹਿੱਸੇ|ਸਪਾਂਸਰ ਵਾਲਾ ਹਿੱਸਾ|ਸਪਾਂਸਰਸ਼ਿਪ ਵਾਲਾ ਹਿੱਸਾ|ਸਪਾਂਸਰ ਦਾ ਹਿੱਸਾ|اسپانسرشپ والا حصہ|اسپانسر والا حصہ|اسپانسر کا حصہ|جزء الكفيل|الجزء الخاص بالكفيل|جزء الكفالة|بخش اسپانسر|بخش اسپانسرشیپ|قسمت اسپانسر|спонсорську частину|спонсорська частина|частину спонсора|частина спонсора|sponsor part ko|part ng sponsor|bahagi ng sponsor",
  ],
  "own-part": [
    "my part|my own part|only my part|only mine|my side of|ma partie|ma propre partie|seulement la mienne|mi parte|mi propia parte|solo la mia|minha parte|a minha parte|minha propria parte|so a minha|part ko|sariling part|aking bahagi|sarili kong bahagi|我的部分|我自己的部分|我这部分|मेरा हिस्सा|अपना हिस्सा|अपने हिस्से|ਮੇਰਾ ਹਿੱਸਾ|ਆਪਣਾ ਹਿੱਸਾ|ਆਪਣੇ ਹਿੱਸੇ|ਆਪਣੇ ਸਪਾਂਸਰ ਵਾਲੇ|میرا حصہ|اپنا حصہ|اپنی اسپانسرشپ|اپنے حصے|جزئي|الجزء الخاص بي|بخش خودم|بخش خود را|بخش من|قسمت خودم|свою частину|мою частину|свою спонсорську|власну частину",
  ],
  /** Claims popular articles get wrong (data/myths.json); each needs its system (CAS, a tracker) or application too (understand.ts). */
  "myth-realtime": [
    "real time|realtime|in real time|every day|daily|updates daily|updated daily|temps reel|en direct|chaque jour|tous les jours|quotidien*|tiempo real|a diario|diariamente|cada dia|todos los dias|tempo real|todo dia|todos os dias|实时|每天|每日|रियल टाइम|हर दिन|रोज़|रोज|रोजाना|रोज़ाना|ਰੀਅਲ ਟਾਈਮ|ਹਰ ਰੋਜ਼|ਰੋਜ਼ਾਨਾ|ਹਰ ਦਿਨ|ریئل ٹائم|روزانہ|ہر روز|ہر دن|الوقت الفعلي|الوقت الحقيقي|يوميا|كل يوم|لحظيا|لحظه ای|لحظهای|هر روز|روزانه|araw araw|araw-araw|arawaraw|щодня|щоденно|в реальному часі|у реальному часі|реальному часі",
  ],
  "myth-stages": [
    "stages|stage|move through|moves through|moving through|review of eligibility|eligibility review|etapes|etape|examen de l admissibilite|etapas|etapa|revision de elegibilidad|analise de elegibilidade|阶段|资格审查|चरण|चरणों|ਪੜਾਅ|ਪੜਾਵਾਂ|ਪੜਾਵਾਂ ਵਿੱਚ|مراحل|مرحلے|مرحلة|مرحله|yugto|mga yugto|етап*",
  ],
  "myth-everything": [
    "both parts|both|everything|the whole family|whole family|in one place|one place|all in one|les deux parties|les deux|tout le parrainage|toute la famille|au meme endroit|ambas partes|las dos partes|ambas|todo el patrocinio|toda la familia|un solo lugar|as duas partes|ambas as partes|todo o patrocinio|toda a familia|um so lugar|num so lugar|两部分|两个部分|全家|一个地方|दोनों|सब कुछ|पूरा परिवार|एक ही जगह|ਦੋਵੇਂ|ਸਭ ਕੁਝ|ਪੂਰਾ ਪਰਿਵਾਰ|ਇੱਕੋ ਥਾਂ|دونوں|سب کچھ|پورا خاندان|ایک ہی جگہ|الجزأين|الجزئين|كل شيء|كل العائلة|العائلة كلها|مكان واحد|هر دو|همه چیز|کل خانواده|یک جا|یکجا|dalawang bahagi|buong pamilya|iisang lugar|обидві частини|обидві|все спонсорство|вся родина|всю родину|одному місці",
  ],
  "myth-cannot": [
    "cannot use|can t use|can not use|cant use|not allowed to use|not able to use|can t be tracked|cannot be tracked|can t check|cannot check|ne peut pas utiliser|ne peuvent pas utiliser|ne pas utiliser|no puede usar|no pueden usar|no se puede usar|nao pode usar|nao podem usar|nao da para usar|不能用|不能使用|无法使用|用不了|इस्तेमाल नहीं कर|उपयोग नहीं कर|ਨਹੀਂ ਵਰਤ ਸਕਦ*|ਵਰਤ ਨਹੀਂ ਸਕਦ*|استعمال نہیں کر|لا يمكن استخدام|لا يمكن متابعتها|لا يمكن استعمال|لا تستطيع استخدام|لا يمكنها استخدام|نمی توانند از|نمیتوانند از|نمی توان از|نمیتوان از|نمی شود از|نمیشود از|hindi puwedeng gamitin|hindi pwedeng gamitin|hindi maaaring gamitin|hindi magagamit|не можна користуватися|не можуть користуватися|не можна використ*|не можуть використ*",
  ],
  "myth-weeks": [
    "weeks|week|semaines|semaine|semanas|semana|أسبوع|اسبوع|أسبوعين|اسبوعين|हफ्ता|हफ़्ता|ਹਫ਼ਤਾ|ہفتہ|тиждень|周|星期|हफ्ते|हफ़्ते|हफ्तों|हफ़्तों|सप्ताह|ਹਫ਼ਤੇ|ਹਫਤੇ|ਹਫ਼ਤਿਆਂ|ਹਫਤਿਆਂ|ہفتے|ہفتوں|أسابيع|اسابيع|هفته|linggo|тижн*",
  ],
  "myth-upload": [
    "upload|uploads|uploading|televerser|telecharger mes documents|deposer des documents|deposer mes documents|subir documentos|subir mis documentos|subir|cargar documentos|fazer upload|enviar documentos|anexar documentos|上传|अपलोड|ਅਪਲੋਡ|اپ لوڈ|اپلوڈ|رفع|آپلود|بارگذاری|mag upload|i upload|завантаж*",
  ],
  "myth-same-login": [
    "same login|same credentials|same username|same user name|same sign in|same account|memes identifiants|meme identifiant|meme compte|mismo usuario|mismas credenciales|mismo login|misma cuenta|mesmo login|mesmas credenciais|mesmo usuario|mesma conta|同一个账号|同一个账户|同样的账号|相同的账号|同一套|相同的登录|同样的登录|वही लॉगिन|उसी लॉगिन|वही अकाउंट|उसी अकाउंट|ਉਹੀ ਲਾਗਇਨ|ਉਸੇ ਲਾਗਇਨ|ਉਹੀ ਅਕਾਊਂਟ|ਉਸੇ ਅਕਾਊਂਟ|وہی لاگ ان|اسی لاگ ان|وہی اکاؤنٹ|اسی اکاؤنٹ|نفس بيانات الدخول|بيانات الدخول نفسها|نفس الحساب|همان اطلاعات ورود|همان نام کاربری|همان حساب|همون اکانت|همون حساب|parehong login|kaparehong login|parehong account|тим самим логіном|той самий логін|тим самим акаунтом|ті самі дані|тими самими даними",
  ],
  "myth-receipt": [
    "payment receipt|fee receipt|receipt of payment|recu de paiement|recibo de pago|recibo de pagamento|comprovante de pagamento|付款收据|付款凭证|缴费收据|收据|भुगतान की रसीद|ਭੁਗਤਾਨ ਦੀ ਰਸੀਦ|ادائیگی کی رسید|إيصال الدفع|ايصال الدفع|رسید پرداخت|resibo ng bayad|resibo ng payment|квитанції про оплату|квитанці*",
  ],
  "myth-interview": [
    "interview*|entrevue*|entrevista*|面试|面谈|इंटरव्यू|साक्षात्कार|ਇੰਟਰਵਿਊ|انٹرویو|مقابلة|المقابلة|مقابلات|مصاحبه|panayam|співбесід*",
  ],
};

/** Systems a message mentions; they decide between same-worded labels ("Closed" in the account vs the tracker). */
export const CONTEXT_LEXICON: Lexicon = {
  cas: ["ekas|е cas|ецас", "cas|ecas|e cas|client application status|statut de la demande du client"],
  tracker: [
    "تراكر|تراكير|تراکر|ترکر|تریکر",
    "tracker*|status tracker|outil de suivi|rastreador|herramienta de seguimiento|ferramenta de acompanhamento|追踪器|跟踪器|ट्रैकर*|ਟਰੈਕਰ*|ٹریکر*|*ترکر*|*متتبع*|أداة تتبع|трекер*",
  ],
  account: [
    "mycic|my cic|mycic account",
    "اکانت*|حساب کاربری|حسابم|اکانتم",
    "account|secure account|online account|compte|cuenta|conta|账户|账号|अकाउंट|ਅਕਾਊਂਟ|ਖਾਤਾ|اکاؤنٹ*|*حساب*|حساب کاربری|акаунт*|обліков{ий,ого,ому} запис*|кабінет*",
  ],
};

/** Names of the twelve reply languages in the twelve languages (for "switch to Spanish", "mujhse Hindi mein baat karo"). */
export const LOCALE_NAME_LEXICON: Lexicon = {
  en: [
    "english|anglais|ingles|inglesa|ingles|inggles|英文|英语|अंग्रेजी|अंग्रेज़ी|angrezi|ਅੰਗਰੇਜ਼ੀ|انگریزی|الإنجليزية|الانجليزية|بالإنجليزية|انگلیسی|англійськ*|англ",
  ],
  fr: ["french|francais|frances|francesa|frances|pranses|法语|法文|फ्रेंच|फ्रांसीसी|ਫ੍ਰੈਂਚ|فرانسیسی|الفرنسية|بالفرنسية|فرانسوی|французьк*"],
  es: [
    "spanish|espagnol|espanol|espanhol|kastila|西班牙语|西语|स्पेनिश|स्पैनिश|ਸਪੈਨਿਸ਼|ہسپانوی|اسپینش|الإسبانية|الاسبانية|بالإسبانية|اسپانیایی|іспанськ*",
  ],
  pt: ["portuguese|portugais|portugues|portuguesa|葡萄牙语|पुर्तगाली|ਪੁਰਤਗਾਲੀ|پرتگالی|البرتغالية|بالبرتغالية|پرتغالی|португальськ*"],
  zh: ["chinese|mandarin|chinois|chino|chines|mandarim|intsik|中文|汉语|普通话|चीनी|ਚੀਨੀ|چینی|الصينية|بالصينية|китайськ*"],
  hi: ["hindi|हिंदी|हिन्दी|ਹਿੰਦੀ|ہندی|الهندية|بالهندية|هندی|гінді|印地语"],
  pa: ["punjabi|panjabi|pendjabi|ਪੰਜਾਬੀ|पंजाबी|پنجابی|البنجابية|旁遮普语|пенджабі"],
  ur: ["urdu|ourdou|اردو|उर्दू|ਉਰਦੂ|الأردية|乌尔都语|урду"],
  ar: ["arabic|arabe|arabo|عربي|العربية|بالعربية|عربی|अरबी|ਅਰਬੀ|阿拉伯语|арабськ*"],
  fa: ["persian|farsi|persan|persa|فارسی|الفارسية|फ़ारसी|फारसी|ਫ਼ਾਰਸੀ|波斯语|перськ*|фарсі"],
  tl: ["tagalog|filipino|tagalo|塔加洛语|तागालोग|ٹیگالوگ|التاغالوغية|تاگالوگ|тагальськ*"],
  uk: ["ukrainian|ukrainien|ucraniano|ucraniana|乌克兰语|यूक्रेनी|ਯੂਕਰੇਨੀ|یوکرینی|الأوكرانية|اوکراینی|українськ*"],
};

/** Countries people apply from (ISO 3166-1 alpha-2), for processing times that IRCC publishes per country. */
export const COUNTRY_LEXICON: Lexicon = {
  IN: ["india|inde|indien|bharat|भारत|ਭਾਰਤ|بھارت|الهند|هند|індія|індії|印度"],
  PK: ["pakistan|پاکستان|باكستان|巴基斯坦|पाकिस्तान|ਪਾਕਿਸਤਾਨ|пакистан"],
  PH: ["philippines|pilipinas|filipinas|manila|菲律宾|الفلبين|فیلیپین|філіппіни"],
  MX: ["mexico|mexique|墨西哥|المكسيك|مکزیک|мексика|мексики"],
  CN: ["china|chine|中国|चीन|الصين|چین|китай|китаю"],
  IR: ["iran|ایران|إيران|伊朗|іран|ірану"],
  NG: ["nigeria|nigéria|نيجيريا|尼日利亚"],
  UA: ["ukraine|ucrania|ucrania|україна|україни|乌克兰|أوكرانيا|اوکراین"],
  BR: ["brazil|brasil|bresil|巴西"],
  CO: ["colombia|colombie"],
  BD: ["bangladesh|বাংলাদেশ|بنگلہ دیش"],
  MA: ["morocco|maroc|marruecos|المغرب"],
  DZ: ["algeria|algerie|argelia|الجزائر"],
  EG: ["egypt|egypte|egipto|مصر"],
  LB: ["lebanon|liban|libano|لبنان"],
  SY: ["syria|syrie|siria|سوريا"],
  AF: ["afghanistan|افغانستان|أفغانستان"],
  VN: ["vietnam|viet nam"],
  NP: ["nepal|नेपाल"],
  US: ["usa|united states|etats unis|estados unidos|美国|امریکا|أمريكا|сша"],
  GB: ["united kingdom|royaume uni|reino unido|英国|برطانیہ"],
  FR: ["france|francia|frança|فرانسه"],
  TR: ["turkey|turquie|turquia|ترکیه|تركيا"],
  HT: ["haiti"],
  CM: ["cameroon|cameroun"],
  VE: ["venezuela"],
};
