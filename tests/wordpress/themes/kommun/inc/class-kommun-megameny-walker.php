<?php
/**
 * Walker för megamenyn.
 *
 * @package Kommun
 */

class Kommun_Megameny_Walker extends Walker_Nav_Menu {

	/**
	 * Id för aktuell panel.
	 *
	 * @var int
	 */
	private $panel_id = 0;

	public function start_lvl( &$output, $depth = 0, $args = null ) {
		if ( 0 === $depth ) {
			$output .= '<div id="megameny-panel-' . (int) $this->panel_id . '" class="megameny__panel"><ul class="megameny__undermeny">';
		} else {
			$output .= '<ul class="megameny__undermeny megameny__undermeny--niva-' . ( $depth + 1 ) . '">';
		}
	}

	public function end_lvl( &$output, $depth = 0, $args = null ) {
		$output .= ( 0 === $depth ) ? '</ul></div>' : '</ul>';
	}

	public function start_el( &$output, $data_object, $depth = 0, $args = null, $current_object_id = 0 ) {
		$item        = $data_object;
		$har_barn    = in_array( 'menu-item-has-children', (array) $item->classes, true );
		$klasser     = array( 0 === $depth ? 'megameny__objekt' : 'megameny__underobjekt' );
		$aktuell     = in_array( 'current-menu-item', (array) $item->classes, true );
		$i_sektionen = in_array( 'current-menu-ancestor', (array) $item->classes, true ) || in_array( 'current-menu-parent', (array) $item->classes, true );

		if ( $har_barn && 0 === $depth ) {
			$klasser[] = 'megameny__objekt--har-panel';
		}
		if ( $aktuell || $i_sektionen ) {
			$klasser[] = 'is-active';
		}

		$output .= '<li class="' . esc_attr( implode( ' ', $klasser ) ) . '">';

		$attr = ' href="' . esc_url( $item->url ) . '"';
		if ( $aktuell ) {
			$attr .= ' aria-current="page"';
		}
		if ( ! empty( $item->target ) ) {
			$attr .= ' target="' . esc_attr( $item->target ) . '"';
		}

		$titel   = apply_filters( 'the_title', $item->title, $item->ID );
		$output .= '<a class="' . ( 0 === $depth ? 'megameny__lank' : 'megameny__underlank' ) . '"' . $attr . '>' . esc_html( $titel ) . '</a>';

		if ( $har_barn && 0 === $depth ) {
			$this->panel_id = (int) $item->ID;
			$output        .= sprintf(
				'<button type="button" class="megameny__knapp" aria-expanded="false" aria-controls="megameny-panel-%1$d"><span class="visually-hidden">Visa undersidor till %2$s</span></button>',
				(int) $item->ID,
				esc_html( $titel )
			);
		}
	}
}
