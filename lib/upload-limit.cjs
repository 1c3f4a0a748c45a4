/**
 * The one larger request body the app takes: a staff form post with a file
 * (multipart) to a desk page, up to NASHRA_MAX_FORM_UPLOAD_BYTES (16 MiB). Every
 * other request keeps NASHRA_MAX_BODY_BYTES (1 MiB). The Server Action behind
 * it still checks the session and each file's own limit.
 */
const DEFAULT_MAX_UPLOAD = 16 * 1024 * 1024;

function maxFormUploadBytes(env = process.env) {
  const value = Number(env.NASHRA_MAX_FORM_UPLOAD_BYTES || DEFAULT_MAX_UPLOAD);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_MAX_UPLOAD;
}

/** A multipart POST to a desk page (/staff/..., /en/staff/...), where the upload fields are. */
function isStaffFormPost(req) {
  const type = String(req.headers["content-type"] || "");
  return /^\/(en\/)?staff(\/|\?|$)/.test(req.url || "") && /^multipart\/form-data;/i.test(type);
}

module.exports = { DEFAULT_MAX_UPLOAD, isStaffFormPost, maxFormUploadBytes };
