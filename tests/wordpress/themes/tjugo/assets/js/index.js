/* Tjugo: toggles for the search and menu modals (Twenty Twenty behaviour, reduced). */
( function () {
	document.addEventListener( 'click', function ( event ) {
		var toggle = event.target.closest ? event.target.closest( '[data-toggle-target]' ) : null;
		if ( ! toggle ) {
			return;
		}
		var target = document.querySelector( toggle.getAttribute( 'data-toggle-target' ) );
		if ( ! target ) {
			return;
		}
		event.preventDefault();
		target.classList.toggle( 'active' );
		var bodyClass = toggle.getAttribute( 'data-toggle-body-class' );
		if ( bodyClass ) {
			document.body.classList.toggle( bodyClass );
		}
		toggle.setAttribute( 'aria-expanded', target.classList.contains( 'active' ) ? 'true' : 'false' );
	} );
}() );
