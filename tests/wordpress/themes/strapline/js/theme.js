/**
 * Strapline – minimal collapse toggler (replaces bootstrap.bundle when it is not built).
 */
( function () {
	'use strict';

	if ( window.bootstrap ) {
		return;
	}

	document.addEventListener( 'click', function ( event ) {
		var toggler = event.target.closest( '[data-bs-toggle="collapse"]' );
		if ( ! toggler ) {
			return;
		}
		var target = document.querySelector( toggler.getAttribute( 'data-bs-target' ) );
		if ( ! target ) {
			return;
		}
		event.preventDefault();
		var open = target.classList.toggle( 'show' );
		toggler.classList.toggle( 'collapsed', ! open );
		toggler.setAttribute( 'aria-expanded', open ? 'true' : 'false' );
	} );
}() );
