// An output stream that writes through to another and, once asked to, keeps a copy of what it
// wrote: a run's messages, so that a later run with the same result can write them again.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>

namespace brag {

class CapturingBuffer : public std::streambuf {
public:
    explicit CapturingBuffer(std::ostream& target) : target_(target) {}
    void start() { capturing_ = true; }
    const std::string& captured() const { return captured_; }

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof()))
            return traits_type::not_eof(c);
        const char ch = traits_type::to_char_type(c);
        return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
    }
    std::streamsize xsputn(const char* text, std::streamsize size) override {
        target_.write(text, size);
        if (capturing_)
            captured_.append(text, static_cast<std::size_t>(size));
        return target_ ? size : 0;
    }
    int sync() override {
        target_.flush();
        return target_ ? 0 : -1;
    }

private:
    std::ostream& target_;
    bool capturing_ = false;
    std::string captured_;
};

} // namespace brag
