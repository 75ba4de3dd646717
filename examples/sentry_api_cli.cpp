// sentry-api: decode, re-encode and check Sentry API payloads from the command line.
//
//   sentry-api roundtrip [--type auto|hashes|event|events] [--style auto|pretty|python|compact] [--indent N]
//                        [--ascii] [FILE|-]
//   sentry-api validate  [--type auto|hashes|event|events] [FILE|-]
//   sentry-api schema    [--type hashes|event|events]
//   sentry-api link      'LINK-HEADER-VALUE'
//   sentry-api cursor    'VALUE:OFFSET:IS_PREV'
//
// Exit codes: 0 success (for validate: valid); 1 validate found violations; 2 the input cannot be
// used, with `error: <where>: <what>` on stderr.

#include <sentry_api.hpp>

#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr int exit_ok = 0;
constexpr int exit_invalid = 1;
constexpr int exit_unusable = 2;

char const* const usage = "usage:\n"
                          "  sentry-api roundtrip [--type auto|hashes|event|events] "
                          "[--style auto|pretty|python|compact] [--indent N] [--ascii] [FILE|-]\n"
                          "  sentry-api validate  [--type auto|hashes|event|events] [FILE|-]\n"
                          "  sentry-api schema    [--type hashes|event|events]\n"
                          "  sentry-api link      'LINK-HEADER-VALUE'\n"
                          "  sentry-api cursor    'VALUE:OFFSET:IS_PREV'\n";

int fail(std::string const& where, std::string const& what)
{
    std::cerr << "error: " << where << ": " << what << '\n';
    return exit_unusable;
}

// The options every command may take; each command says which it accepts.
struct arguments {
    std::string type = "auto";
    std::string style = "pretty";
    std::optional<unsigned> indent;
    bool ascii = false;
    std::vector<std::string> positional;
};

int write_out(std::string const& out)
{
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::fflush(stdout) == 0 ? exit_ok : fail("output", "cannot write");
}

// `--indent`'s value: a width from 0 to 64.
std::optional<unsigned> parse_width(std::string const& v)
{
    if (v.empty() || v.size() > 2 || v.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    unsigned width = static_cast<unsigned>(std::stoul(v));
    return width <= 64 ? std::optional<unsigned>(width) : std::nullopt;
}

// Parses `args`; on a bad argument prints the error and returns nothing.
std::optional<arguments> parse_arguments(std::vector<std::string> const& args, std::vector<std::string> const& allowed)
{
    arguments a;
    auto allows = [&](std::string const& o) {
        for (auto const& x : allowed)
            if (x == o)
                return true;
        return false;
    };
    auto one_of = [](std::string const& v, std::initializer_list<char const*> set) {
        for (char const* s : set)
            if (v == s)
                return true;
        return false;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string const& arg = args[i];
        if ((arg == "--type" || arg == "--style" || arg == "--indent") && allows(arg)) {
            if (i + 1 == args.size()) {
                fail("arguments", arg + " needs a value");
                return std::nullopt;
            }
            std::string const& v = args[++i];
            if (arg == "--type" && !one_of(v, {"auto", "hashes", "event", "events"})) {
                fail("arguments", "--type must be auto, hashes, event or events, not '" + v + "'");
                return std::nullopt;
            }
            if (arg == "--style" && !one_of(v, {"auto", "pretty", "python", "compact"})) {
                fail("arguments", "--style must be auto, pretty, python or compact, not '" + v + "'");
                return std::nullopt;
            }
            if (arg == "--indent") {
                auto width = parse_width(v);
                if (!width) {
                    fail("arguments", "--indent must be a whole number from 0 to 64, not '" + v + "'");
                    return std::nullopt;
                }
                a.indent = *width;
                continue;
            }
            (arg == "--type" ? a.type : a.style) = v;
        } else if (arg == "--ascii" && allows(arg)) {
            a.ascii = true;
        } else if (arg.size() > 1 && arg[0] == '-') {
            fail("arguments", "unknown option '" + arg + "'");
            return std::nullopt;
        } else {
            a.positional.push_back(arg);
        }
    }
    return a;
}

// Reads FILE, or standard input for "-" or no file.
std::optional<std::string> read_input(std::vector<std::string> const& positional)
{
    if (positional.size() > 1) {
        fail("arguments", "one input file at most");
        return std::nullopt;
    }
    if (positional.empty() || positional[0] == "-") {
        std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
        return text;
    }
    std::ifstream in(positional[0], std::ios::binary);
    if (!in) {
        fail(positional[0], "cannot open the file");
        return std::nullopt;
    }
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// `--type auto`: an object is an event; an array whose first item has `eventID` and no
// `latestEvent` is a list of events; any other array (an empty one too) is a page of hashes.
std::optional<std::string> detect_type(std::string const& text)
{
    auto dom = sentry_api::decode<boost::json::value>(text);
    if (!dom) {
        fail(dom.error().where(), dom.error().message);
        return std::nullopt;
    }
    if (dom->is_object())
        return "event";
    if (dom->is_array()) {
        auto const& items = dom->get_array();
        bool events = !items.empty() && items[0].is_object() && items[0].get_object().contains("eventID") &&
                      !items[0].get_object().contains("latestEvent");
        return events ? "events" : "hashes";
    }
    fail("", "expected an array (hashes, events) or an object (event), got " +
                 std::string(dom->is_string() ? "string" : dom->is_null() ? "null" : dom->is_bool() ? "boolean" : "number"));
    return std::nullopt;
}

// Calls `f(boost::mp11::mp_identity<T>{})` with the model type that `type` names.
template<class F>
int with_type(std::string const& type, F&& f)
{
    if (type == "hashes")
        return f(boost::mp11::mp_identity<sentry_api::group_hashes>{});
    if (type == "event")
        return f(boost::mp11::mp_identity<sentry_api::event>{});
    return f(boost::mp11::mp_identity<sentry_api::events>{});
}

// Reads the input named by the arguments and settles `--type auto`.
std::optional<std::string> input_and_type(arguments const& a, std::string& type)
{
    auto text = read_input(a.positional);
    if (!text)
        return std::nullopt;
    type = a.type;
    if (type == "auto") {
        auto detected = detect_type(*text);
        if (!detected)
            return std::nullopt;
        type = *detected;
    }
    return text;
}

// Parses the arguments, then reads the input and settles its type; nothing on any failure.
std::optional<std::string> arguments_and_input(std::vector<std::string> const& args,
                                               std::vector<std::string> const& allowed, std::optional<arguments>& a,
                                               std::string& type)
{
    a = parse_arguments(args, allowed);
    return a ? input_and_type(*a, type) : std::nullopt;
}

int roundtrip_command(std::vector<std::string> const& args)
{
    std::optional<arguments> a;
    std::string type;
    auto text = arguments_and_input(args, {"--type", "--style", "--indent", "--ascii"}, a, type);
    if (!text)
        return exit_unusable;
    // `auto` takes the input's own layout; --indent (pretty's width) and --ascii, when given, override it.
    sentry_api::text_style ts;
    if (a->style == "auto")
        ts = sentry_api::detect_style(*text);
    else
        ts.options.style = a->style == "pretty"   ? sentry_api::style::pretty
                           : a->style == "python" ? sentry_api::style::python
                                                  : sentry_api::style::compact;
    sentry_api::encode_options& o = ts.options;
    if (a->indent)
        o.indent = *a->indent;
    if (a->ascii)
        o.ensure_ascii = true;
    return with_type(type, [&](auto t) {
        auto r = sentry_api::decode<typename decltype(t)::type>(*text);
        if (!r)
            return fail(r.error().where(), r.error().message);
        return write_out(sentry_api::encode(*r, o) + (ts.final_newline ? "\n" : ""));
    });
}

int validate_command(std::vector<std::string> const& args)
{
    std::optional<arguments> a;
    std::string type;
    auto text = arguments_and_input(args, {"--type"}, a, type);
    if (!text)
        return exit_unusable;
    return with_type(type, [&](auto t) {
        auto report = sentry_api::validate<typename decltype(t)::type>(*text);
        if (report.error)
            return fail(report.error->where(), report.error->message);
        if (report.ok())
            return write_out("valid\n") == exit_ok ? exit_ok : exit_unusable;
        std::string out;
        for (auto const& v : report.violations) {
            out += v.pointer;
            out += '\t';
            out += to_string(v.rule);
            out += '\t';
            out += v.message;
            out += '\n';
        }
        return write_out(out) == exit_ok ? exit_invalid : exit_unusable;
    });
}

int schema_command(std::vector<std::string> const& args)
{
    auto a = parse_arguments(args, {"--type"});
    if (!a)
        return exit_unusable;
    if (!a->positional.empty())
        return fail("arguments", "schema takes no file");
    std::string type = a->type == "auto" ? "hashes" : a->type;
    return with_type(type, [&](auto t) {
        auto s = sentry_api::json_schema<typename decltype(t)::type>();
        return write_out(sentry_api::encode(s, sentry_api::style::pretty) + '\n');
    });
}

// Parses the one argument with `parse` and prints the result as JSON.
template<class Parse>
int parse_and_print(std::vector<std::string> const& args, char const* what, Parse parse)
{
    if (args.size() != 1)
        return fail("arguments", std::string("expected one ") + what);
    auto r = parse(args[0]);
    if (!r)
        return fail(r.error().where(), r.error().message);
    return write_out(sentry_api::encode(*r, sentry_api::style::python) + '\n');
}

int link_command(std::vector<std::string> const& args)
{
    return parse_and_print(args, "Link header value", [](std::string const& v) { return sentry_api::parse_link_header(v); });
}

int cursor_command(std::vector<std::string> const& args)
{
    return parse_and_print(args, "cursor", [](std::string const& v) { return sentry_api::parse_cursor(v); });
}

} // namespace

int main(int argc, char** argv)
{
    std::map<std::string, std::function<int(std::vector<std::string> const&)>> const commands = {
        {"roundtrip", roundtrip_command},
        {"validate", validate_command},
        {"schema", schema_command},
        {"link", link_command},
        {"cursor", cursor_command},
    };
    if (argc < 2) {
        std::cerr << usage;
        return exit_unusable;
    }
    auto command = commands.find(argv[1]);
    if (command == commands.end()) {
        std::cerr << usage;
        return fail("arguments", "unknown command '" + std::string(argv[1]) + "'");
    }
    return command->second(std::vector<std::string>(argv + 2, argv + argc));
}
