/**
 * Gazette: mobile menu toggle.
 */
( function () {
	'use strict';

	var nav = document.getElementById( 'site-navigation' );
	if ( ! nav ) {
		return;
	}
	var button = nav.querySelector( '.gz-menu-toggle' );
	if ( ! button ) {
		return;
	}

	button.addEventListener( 'click', function () {
		var open = nav.classList.toggle( 'is-open' );
		button.setAttribute( 'aria-expanded', open ? 'true' : 'false' );
	} );
}() );
