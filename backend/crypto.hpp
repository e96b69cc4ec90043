// Secrets with libsodium: random tokens, hashes, confirmation-token derivation, Argon2id passwords, the server key.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kandidaat::crypto {

// Initializes libsodium (idempotent). @throw std::runtime_error when the library cannot start.
void init();

// `bytes` random bytes as base64url without padding (32 bytes -> 43 characters). Never fails after init().
std::string random_token(size_t bytes = 32);
// SHA-256 of `text` as lowercase hex (64 characters). Never fails.
std::string sha256_hex(std::string_view text);
// SHA-256 of `text` in standard base64 (with padding), as a Content-Security-Policy hash source wants it.
std::string sha256_base64(std::string_view text);
// Compares in constant time for equal lengths. Never fails.
bool equal_constant_time(std::string_view a, std::string_view b);

// The server secret: 32 bytes. From `configured` when given (KANDIDAAT_SECRET: 64 hex digits are decoded, any
// other text is hashed to 32 bytes), else from <data_dir>/secret.key (64 hex digits), which is created with mode
// 0600 at first start. @throw std::runtime_error with a readable reason when the file cannot be read or written.
std::string load_or_create_secret(const std::string& data_dir, const std::string& configured);

// Confirmation tokens. token = base64url(HMAC-SHA256(secret, "kandidaat-confirm:" ‖ invitation_id ‖ ":" ‖ nonce)),
// 256 bits, so the server can re-derive an invitation's link (reschedule e-mails) from the stored nonce while the
// database only holds sha256_hex(token). A new nonce is random_token(16) (128 bits). Never fail.
std::string new_token_nonce();
std::string derive_confirm_token(std::string_view secret, int64_t invitation_id, std::string_view nonce);

// HMAC-SHA256 with a key of any length: the 32 raw MAC bytes (webhook signatures). Never fails.
std::string hmac_sha256(std::string_view key, std::string_view message);
// Calendar feed tokens (issue 11), like confirmation tokens: base64url(HMAC-SHA256(secret, "kandidaat-calendar:" ‖
// user_id ‖ ":" ‖ nonce)); only sha256_hex(token) and the nonce are stored. Never fails.
std::string derive_calendar_token(std::string_view secret, int64_t user_id, std::string_view nonce);

// Argon2id (crypto_pwhash_str). `fast` uses the minimum cost (tests only); otherwise the INTERACTIVE limits.
// @throw std::runtime_error when out of memory.
std::string hash_password(std::string_view password, bool fast = false);
// Whether `password` matches `hash` (any cost). Never throws; false for a malformed hash.
bool verify_password(std::string_view hash, std::string_view password);

}  // namespace kandidaat::crypto
