# bash completion for git-brag, both as `git brag` (git's completion calls _git_brag) and as
# `git-brag`. Installed as share/bash-completion/completions/git-brag, where bash-completion
# loads it on demand (git's completion asks for "git-brag" when it meets `git brag`).

_git_brag() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=""
    if ((COMP_CWORD > 0)); then
        prev=${COMP_WORDS[COMP_CWORD - 1]}
    fi
    local options="--author --since --until --quarter --year --compare --all --team --format
        --detail --output -o --redact --redact-keep --config --print-config --reviews --cache-dir
        --no-cache --max-file-size --max-commit-files --quiet -q -C -h --help --version"

    case "$prev" in
    --format)
        COMPREPLY=($(compgen -W "md json html" -- "$cur"))
        return
        ;;
    --detail)
        COMPREPLY=($(compgen -W "summary full" -- "$cur"))
        return
        ;;
    --output | -o | --config | --reviews)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --cache-dir | -C)
        COMPREPLY=($(compgen -d -- "$cur"))
        return
        ;;
    --since | --until)
        # git's dotted spelling needs no quoting: "6.months.ago" is "6 months ago".
        COMPREPLY=($(compgen -W "yesterday 1.week.ago 1.month.ago 3.months.ago 6.months.ago 1.year.ago last.quarter this.quarter" -- "$cur"))
        return
        ;;
    --quarter | --year)
        COMPREPLY=($(compgen -W "last this" -- "$cur"))
        return
        ;;
    --compare)
        COMPREPLY=($(compgen -W "last.quarter last.year" -- "$cur"))
        return
        ;;
    --author | --redact-keep | --max-file-size | --max-commit-files)
        return
        ;;
    esac

    case "$cur" in
    -*)
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        ;;
    *)
        COMPREPLY=($(compgen -d -- "$cur"))
        ;;
    esac
}

complete -o filenames -F _git_brag git-brag
