import Domain

/// A text-like input with its label, hint, the value as typed and its error message.
/// Rendered by `Templates/partials/field.mustache`.
struct Field: Sendable, Hashable {
    let id: String
    let name: String
    let label: String
    let value: String
    let type: String
    let hint: String?
    let error: String?
    let autocomplete: String?
    let inputmode: String?
    let width: String?
    let describedBy: String?

    /// `key` names the field in error lists and its id when two forms on a page share a name.
    init(
        _ name: String, key: String? = nil, label: String, value: String, type: String = "text", hint: String? = nil, errors: [Feltmelding] = [],
        autocomplete: String? = nil, inputmode: String? = nil, width: String? = nil
    ) {
        id = "felt-" + (key ?? name)
        self.name = name
        self.label = label
        self.value = value
        self.type = type
        self.hint = hint
        error = errors.melding(for: key ?? name)
        self.autocomplete = autocomplete
        self.inputmode = inputmode
        self.width = width
        describedBy = Self.describedBy(id: id, hint: hint, error: error)
    }
}

extension Field {
    /// The ids of the hint and the error message, for `aria-describedby`.
    static func describedBy(id: String, hint: String?, error: String?) -> String? {
        let ids = [hint.map { _ in id + "-hint" }, error.map { _ in id + "-error" }].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }
}

/// A `<select>` with its options, hint and error. Rendered by `partials/select.mustache`.
struct SelectField: Sendable, Hashable {
    struct Option: Sendable, Hashable {
        let value: String
        let label: String
        let selected: Bool
    }

    let id: String
    let name: String
    let label: String
    let options: [Option]
    let hint: String?
    let error: String?
    let describedBy: String?

    init(
        _ name: String, key: String? = nil, label: String, selected: String, options: [(String, String)], hint: String? = nil,
        errors: [Feltmelding] = []
    ) {
        id = "felt-" + (key ?? name)
        self.name = name
        self.label = label
        self.options = options.map { Option(value: $0.0, label: $0.1, selected: $0.0 == selected) }
        self.hint = hint
        error = errors.melding(for: key ?? name)
        describedBy = Field.describedBy(id: id, hint: hint, error: error)
    }
}

/// A single checkbox. Rendered by `partials/checkbox.mustache`.
struct CheckboxField: Sendable, Hashable {
    let id: String
    let name: String
    let label: String
    let checked: Bool
    let hint: String?
    let error: String?

    init(_ name: String, label: String, checked: Bool, hint: String? = nil, errors: [Feltmelding] = []) {
        id = "felt-" + name
        self.name = name
        self.label = label
        self.checked = checked
        self.hint = hint
        error = errors.melding(for: name)
    }
}

/// The box at the top of a form that lists every problem, each linking to its field.
/// Rendered by `partials/error-summary.mustache`; nil when there is nothing to say.
struct ErrorSummary: Sendable {
    struct Item: Sendable {
        let href: String
        let message: String
    }

    let heading: String
    let items: [Item]

    init?(_ errors: [Feltmelding], t: Catalogue) {
        guard !errors.isEmpty else { return nil }
        heading = t.text(errors.count == 1 ? .errorSummaryOne : .errorSummaryMany)
        items = errors.map { Item(href: "#felt-" + $0.felt, message: $0.melding) }
    }
}

/// A `<textarea>` with its label, hint, error and length bound. Rendered by `partials/textarea.mustache`.
struct TextArea: Sendable, Hashable {
    let id: String
    let name: String
    let label: String
    let value: String
    let hint: String?
    let error: String?
    let rows: Int
    let maxlength: Int
    let describedBy: String?

    init(_ name: String, label: String, value: String, hint: String? = nil, errors: [Feltmelding] = [], rows: Int = 5, limit: Tekstgrense = .lang) {
        id = "felt-" + name
        self.name = name
        self.label = label
        self.value = value
        self.hint = hint
        error = errors.melding(for: name)
        self.rows = rows
        maxlength = limit.maks
        describedBy = Field.describedBy(id: id, hint: hint, error: error)
    }
}

/// A group of radio buttons or checkboxes in a fieldset: choose one (`partials/radios.mustache`)
/// or any (`partials/checkboxes.mustache`; every chosen value is sent under one name).
struct ChoiceGroup: Sendable, Hashable {
    struct Option: Sendable, Hashable {
        let id: String
        let value: String
        let label: String
        let optionHint: String?
        let checked: Bool
    }

    let id: String
    let name: String
    let legend: String
    let options: [Option]
    let hint: String?
    let error: String?
    let describedBy: String?

    init(
        _ name: String, legend: String, selected: Set<String>, options: [(value: String, label: String, hint: String?)], hint: String? = nil,
        errors: [Feltmelding] = []
    ) {
        id = "felt-" + name
        self.name = name
        self.legend = legend
        self.options = options.enumerated().map { index, option in
            // The first option carries the group's id, so an error link lands on it.
            Option(id: index == 0 ? "felt-" + name : "felt-\(name)-\(option.value)", value: option.value, label: option.label,
                   optionHint: option.hint, checked: selected.contains(option.value))
        }
        self.hint = hint
        error = errors.melding(for: name)
        describedBy = Field.describedBy(id: id, hint: hint, error: error)
    }
}

/// A field the form sends as it is: `<input type="hidden" name="{{navn}}" value="{{verdi}}">`.
struct Skjultfelt: Sendable {
    let navn: String
    let verdi: String
}
