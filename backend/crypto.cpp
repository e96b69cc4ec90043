// libsodium behind the few calls the server needs.
#include "crypto.hpp"

#include <sodium.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace kandidaat::crypto {

namespace {
std::string to_base64url(const unsigned char* data, size_t n) {
    std::string out(sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), data, n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::strlen(out.c_str()));
    return out;
}

std::string to_hex(const unsigned char* data, size_t n) {
    std::string out(n * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, n);
    out.pop_back();
    return out;
}

bool from_hex(std::string_view hex, std::string& out) {
    std::vector<unsigned char> bin(hex.size() / 2 + 1);
    size_t len = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(bin.data(), bin.size(), hex.data(), hex.size(), nullptr, &len, &end) != 0) return false;
    if (end != hex.data() + hex.size()) return false;
    out.assign(reinterpret_cast<const char*>(bin.data()), len);
    return true;
}
}  // namespace

void init() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialized");
}

std::string random_token(size_t bytes) {
    std::vector<unsigned char> buf(bytes);
    randombytes_buf(buf.data(), buf.size());
    return to_base64url(buf.data(), buf.size());
}

std::string sha256_hex(std::string_view text) {
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    return to_hex(out, sizeof out);
}

std::string sha256_base64(std::string_view text) {
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    char b64[sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES, sodium_base64_VARIANT_ORIGINAL)];
    sodium_bin2base64(b64, sizeof b64, out, sizeof out, sodium_base64_VARIANT_ORIGINAL);
    return b64;
}

bool equal_constant_time(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string load_or_create_secret(const std::string& data_dir, const std::string& configured) {
    init();
    if (!configured.empty()) {
        std::string bin;
        if (configured.size() == 64 && from_hex(configured, bin) && bin.size() == 32) return bin;
        unsigned char out[crypto_hash_sha256_BYTES];
        crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(configured.data()), configured.size());
        return std::string(reinterpret_cast<const char*>(out), sizeof out);
    }
    const auto path = std::filesystem::path(data_dir) / "secret.key";
    if (std::filesystem::exists(path)) {
        std::ifstream in(path);
        std::string hex;
        in >> hex;
        std::string bin;
        if (!in || !from_hex(hex, bin) || bin.size() != 32)
            throw std::runtime_error("cannot read the secret key " + path.string() +
                                     " (expected 64 hex digits; delete it to make a new one, which invalidates "
                                     "every confirmation link)");
        return bin;
    }
    unsigned char key[32];
    randombytes_buf(key, sizeof key);
    const std::string tmp = path.string() + ".tmp";
    {
        const mode_t old = ::umask(077);
        std::ofstream out(tmp, std::ios::trunc);
        ::umask(old);
        out << to_hex(key, sizeof key) << "\n";
        out.close();
        if (!out) throw std::runtime_error("cannot write the secret key " + tmp + ": " + std::strerror(errno));
    }
    std::filesystem::permissions(tmp, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace);
    std::filesystem::rename(tmp, path);
    return std::string(reinterpret_cast<const char*>(key), sizeof key);
}

std::string new_token_nonce() { return random_token(16); }

std::string derive_confirm_token(std::string_view secret, int64_t invitation_id, std::string_view nonce) {
    const std::string msg = "kandidaat-confirm:" + std::to_string(invitation_id) + ":" + std::string(nonce);
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
    crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(msg.data()), msg.size());
    crypto_auth_hmacsha256_final(&st, mac);
    return to_base64url(mac, sizeof mac);
}

std::string hmac_sha256(std::string_view key, std::string_view message) {
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(key.data()), key.size());
    crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(message.data()), message.size());
    crypto_auth_hmacsha256_final(&st, mac);
    return std::string(reinterpret_cast<const char*>(mac), sizeof mac);
}

std::string derive_calendar_token(std::string_view secret, int64_t user_id, std::string_view nonce) {
    const std::string mac = hmac_sha256(secret, "kandidaat-calendar:" + std::to_string(user_id) + ":" + std::string(nonce));
    return to_base64url(reinterpret_cast<const unsigned char*>(mac.data()), mac.size());
}

namespace {
// Argon2id at the interactive level takes 64 MiB for each hash while it runs. Logins in parallel would add 64 MiB
// each to the server's memory (four at once: past 300 MB); one at a time keeps the peak at one (issue 12, the
// 150 MB limit). On 2 cores a second one at once would not finish sooner anyway: the work is the CPU's.
std::mutex g_pwhash_gate;
}  // namespace

std::string hash_password(std::string_view password, bool fast) {
    std::lock_guard gate(g_pwhash_gate);
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("password hashing ran out of memory");
    return out;
}

bool verify_password(std::string_view hash, std::string_view password) {
    const std::string h(hash);
    std::lock_guard gate(g_pwhash_gate);
    return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

}  // namespace kandidaat::crypto
