from ownup.cli import main

main()
