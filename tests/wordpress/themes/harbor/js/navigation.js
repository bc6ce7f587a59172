/**
 * Harbor: small-screen toggle for the primary menu.
 */
( function () {
	'use strict';

	var nav = document.getElementById( 'site-navigation' );
	if ( ! nav ) {
		return;
	}

	var button = nav.querySelector( '.harbor-nav__toggle' );
	var menu = nav.querySelector( 'ul' );

	if ( ! button ) {
		return;
	}

	if ( ! menu ) {
		button.style.display = 'none';
		return;
	}

	button.addEventListener( 'click', function () {
		var open = nav.classList.toggle( 'is-open' );
		button.setAttribute( 'aria-expanded', open ? 'true' : 'false' );
	} );

	document.addEventListener( 'keyup', function ( event ) {
		if ( 'Escape' === event.key && nav.classList.contains( 'is-open' ) ) {
			nav.classList.remove( 'is-open' );
			button.setAttribute( 'aria-expanded', 'false' );
			button.focus();
		}
	} );
}() );
