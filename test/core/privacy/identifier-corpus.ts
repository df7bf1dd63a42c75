import type { Locale } from "../../../src/core/i18n/locales.js";
import type { IdentifierKind } from "../../../src/core/privacy/identifiers.js";

export interface CorpusCase {
  readonly lng: Locale;
  readonly text: string;
  readonly kind: IdentifierKind;
  /** The secret itself: it must never appear in a reply, a log line or the store. */
  readonly value: string;
}

/**
 * Messages that hold a password, a passport number or a phone number, written as people write them
 * in each of the twelve languages (labels before and after the value, "pw:", a sign-in name between
 * the label and the colon, native digits in Persian, Urdu, Arabic and Hindi).
 */
export const IDENTIFIER_CORPUS: readonly CorpusCase[] = [
  // English
  { lng: "en", kind: "password", value: "Maple2024!", text: "my GCKey password is Maple2024! can you check my status" },
  { lng: "en", kind: "password", value: "tr0ub4dor", text: "pw: tr0ub4dor — is my study permit approved?" },
  { lng: "en", kind: "passport-number", value: "K1234567", text: "My passport number is K1234567, where is my visa?" },
  { lng: "en", kind: "phone-number", value: "514-555-1234", text: "call me at 514-555-1234 about my work permit" },
  { lng: "en", kind: "phone-number", value: "+1 (416) 555 0199", text: "my phone: +1 (416) 555 0199" },
  // French
  { lng: "fr", kind: "password", value: "Soleil#2023", text: "mot de passe GCKey : Soleil#2023, pouvez-vous vérifier ?" },
  { lng: "fr", kind: "password", value: "azerty123", text: "mon mdp est azerty123" },
  { lng: "fr", kind: "passport-number", value: "19AB12345", text: "mon numéro de passeport est 19AB12345" },
  { lng: "fr", kind: "phone-number", value: "06 12 34 56 78", text: "mon téléphone : 06 12 34 56 78" },
  // Spanish
  { lng: "es", kind: "password", value: "Clave.2024", text: "mi contraseña es Clave.2024 y no puedo entrar" },
  { lng: "es", kind: "passport-number", value: "PAB123456", text: "mi pasaporte número PAB123456 ¿cuánto tarda la visa?" },
  { lng: "es", kind: "phone-number", value: "+52 55 1234 5678", text: "mi teléfono es +52 55 1234 5678" },
  // Portuguese
  { lng: "pt", kind: "password", value: "Senha@123", text: "minha senha é Senha@123, pode ver meu status?" },
  { lng: "pt", kind: "passport-number", value: "FT123456", text: "o número do meu passaporte é FT123456" },
  { lng: "pt", kind: "phone-number", value: "+55 11 91234-5678", text: "meu celular: +55 11 91234-5678" },
  // Chinese
  { lng: "zh", kind: "password", value: "abc12345", text: "我的密码是abc12345，能帮我查进度吗" },
  { lng: "zh", kind: "passport-number", value: "E12345678", text: "我的护照号码是E12345678" },
  { lng: "zh", kind: "phone-number", value: "138 1234 5678", text: "我的手机号 138 1234 5678" },
  // Hindi
  { lng: "hi", kind: "password", value: "Ram@1234", text: "मेरा पासवर्ड Ram@1234 है, मेरा स्टेटस देखो" },
  { lng: "hi", kind: "password", value: "delhi2024", text: "पासवर्ड है delhi2024" },
  { lng: "hi", kind: "passport-number", value: "M1234567", text: "मेरा पासपोर्ट नंबर M1234567 है" },
  { lng: "hi", kind: "phone-number", value: "+91 98765 43210", text: "मेरा फ़ोन नंबर +91 98765 43210 है" },
  // Punjabi
  { lng: "pa", kind: "password", value: "Punjab@99", text: "ਮੇਰਾ ਪਾਸਵਰਡ Punjab@99 ਹੈ" },
  { lng: "pa", kind: "passport-number", value: "P7654321", text: "ਮੇਰਾ ਪਾਸਪੋਰਟ ਨੰਬਰ P7654321 ਹੈ" },
  { lng: "pa", kind: "phone-number", value: "98140 12345", text: "ਮੇਰਾ ਫ਼ੋਨ ਨੰਬਰ 98140 12345 ਹੈ" },
  // Urdu
  { lng: "ur", kind: "password", value: "Lahore#786", text: "میرا پاس ورڈ Lahore#786 ہے" },
  { lng: "ur", kind: "passport-number", value: "AB1234567", text: "میرا پاسپورٹ نمبر AB1234567 ہے" },
  { lng: "ur", kind: "phone-number", value: "۰۳۰۰ ۱۲۳۴۵۶۷", text: "میرا فون نمبر ۰۳۰۰ ۱۲۳۴۵۶۷ ہے" },
  // Arabic
  { lng: "ar", kind: "password", value: "Cairo2024", text: "كلمة المرور الخاصة بي هي Cairo2024" },
  { lng: "ar", kind: "password", value: "Nile#55", text: "كلمة السر: Nile#55 هل يمكنك التحقق من طلبي؟" },
  { lng: "ar", kind: "passport-number", value: "A12345678", text: "رقم جواز سفري A12345678" },
  { lng: "ar", kind: "phone-number", value: "+20 100 123 4567", text: "رقم هاتفي +20 100 123 4567" },
  // Persian
  { lng: "fa", kind: "password", value: "Tehran1400", text: "رمز عبور من Tehran1400 است" },
  { lng: "fa", kind: "passport-number", value: "۱۲۳۴۵۶۷۸۹", text: "شماره پاسپورتم ۱۲۳۴۵۶۷۸۹ است" },
  { lng: "fa", kind: "passport-number", value: "K12345678", text: "شماره گذرنامه من K12345678 است" },
  { lng: "fa", kind: "phone-number", value: "۰۹۱۲ ۳۴۵ ۶۷۸۹", text: "شماره تلفن من ۰۹۱۲ ۳۴۵ ۶۷۸۹ است" },
  // Tagalog
  { lng: "tl", kind: "password", value: "Manila2024", text: "ang password ko ay Manila2024" },
  { lng: "tl", kind: "passport-number", value: "P1234567A", text: "ang passport number ko ay P1234567A" },
  { lng: "tl", kind: "phone-number", value: "0917 123 4567", text: "numero ko 0917 123 4567, tawagan mo ako" },
  // Ukrainian
  { lng: "uk", kind: "password", value: "Kyiv_2022", text: "мій пароль Kyiv_2022, перевірте статус" },
  { lng: "uk", kind: "passport-number", value: "FA123456", text: "номер мого паспорта FA123456" },
  { lng: "uk", kind: "phone-number", value: "+380 67 123 45 67", text: "мій телефон +380 67 123 45 67" },
];
