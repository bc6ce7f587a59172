/**
 * Atlas navigation: toggles the primary menu on small screens and keeps
 * dropdowns reachable with the keyboard. No dependencies.
 *
 * @package Atlas
 */
( function () {
	'use strict';

	var nav = document.getElementById( 'site-navigation' );
	if ( ! nav ) {
		return;
	}

	var button = nav.querySelector( '.atlas-menu-toggle' );
	var menu = nav.querySelector( 'ul' );

	if ( ! button ) {
		return;
	}

	if ( ! menu ) {
		button.style.display = 'none';
		return;
	}

	if ( ! menu.id ) {
		menu.id = 'primary-menu';
	}
	button.setAttribute( 'aria-controls', menu.id );

	button.addEventListener( 'click', function () {
		var open = nav.classList.toggle( 'toggled' );
		button.setAttribute( 'aria-expanded', open ? 'true' : 'false' );
	} );

	// Close the menu with Escape.
	document.addEventListener( 'keydown', function ( event ) {
		if ( 'Escape' === event.key && nav.classList.contains( 'toggled' ) ) {
			nav.classList.remove( 'toggled' );
			button.setAttribute( 'aria-expanded', 'false' );
			button.focus();
		}
	} );

	// Keyboard focus inside dropdowns.
	var links = menu.querySelectorAll( 'a' );
	Array.prototype.forEach.call( links, function ( link ) {
		link.addEventListener( 'focus', toggleFocus, true );
		link.addEventListener( 'blur', toggleFocus, true );
	} );

	function toggleFocus() {
		var self = this;
		while ( self && self !== menu ) {
			if ( 'li' === self.tagName.toLowerCase() ) {
				self.classList.toggle( 'focus' );
			}
			self = self.parentElement;
		}
	}
}() );
