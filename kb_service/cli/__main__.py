"""`python -m kb_service.cli`: the `kb` command."""

from kb_service.cli.kb import main

if __name__ == "__main__":
    main()
