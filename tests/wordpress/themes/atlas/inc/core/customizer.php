<?php
/**
 * Customizer options.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Sanitizes a checkbox value.
 *
 * @param mixed $value Value.
 * @return bool
 */
function atlas_sanitize_checkbox( $value ) {
	return (bool) $value;
}

/**
 * Sanitizes a select value against the control's choices.
 *
 * @param string               $value   Value.
 * @param WP_Customize_Setting $setting Setting.
 * @return string
 */
function atlas_sanitize_choice( $value, $setting ) {
	$control = $setting->manager->get_control( $setting->id );
	$choices = $control ? $control->choices : array();
	return array_key_exists( $value, $choices ) ? $value : $setting->default;
}

/**
 * Registers the Customizer panel, sections, settings and controls.
 *
 * @param WP_Customize_Manager $wp_customize Customizer object.
 */
function atlas_customize_register( $wp_customize ) {
	$defaults = atlas_get_option_defaults();

	$wp_customize->add_panel(
		'atlas_panel',
		array(
			'title'    => esc_html__( 'Atlas-inställningar', 'atlas' ),
			'priority' => 25,
		)
	);

	$sections = array(
		'atlas_layout'     => esc_html__( 'Layout och färger', 'atlas' ),
		'atlas_single'     => esc_html__( 'Enskilda inlägg', 'atlas' ),
		'atlas_newsletter' => esc_html__( 'Nyhetsbrev', 'atlas' ),
		'atlas_footer'     => esc_html__( 'Sidfot', 'atlas' ),
	);
	foreach ( $sections as $id => $title ) {
		$wp_customize->add_section(
			$id,
			array(
				'title' => $title,
				'panel' => 'atlas_panel',
			)
		);
	}

	$layouts = array(
		'right-sidebar' => esc_html__( 'Sidofält till höger', 'atlas' ),
		'left-sidebar'  => esc_html__( 'Sidofält till vänster', 'atlas' ),
		'no-sidebar'    => esc_html__( 'Inget sidofält', 'atlas' ),
	);

	$controls = array(
		'site_layout'           => array( 'atlas_layout', 'select', esc_html__( 'Standardlayout', 'atlas' ), $layouts ),
		'single_layout'         => array( 'atlas_layout', 'select', esc_html__( 'Layout för inlägg', 'atlas' ), array( 'default' => esc_html__( 'Som standard', 'atlas' ) ) + $layouts ),
		'page_layout'           => array( 'atlas_layout', 'select', esc_html__( 'Layout för sidor', 'atlas' ), array( 'default' => esc_html__( 'Som standard', 'atlas' ) ) + $layouts ),
		'container_width'       => array( 'atlas_layout', 'number', esc_html__( 'Innehållets maxbredd (px)', 'atlas' ) ),
		'page_title_bar'        => array( 'atlas_layout', 'checkbox', esc_html__( 'Visa sidtitelfält', 'atlas' ) ),
		'breadcrumbs'           => array( 'atlas_single', 'checkbox', esc_html__( 'Visa brödsmulor', 'atlas' ) ),
		'single_featured_image' => array( 'atlas_single', 'checkbox', esc_html__( 'Visa utvald bild', 'atlas' ) ),
		'single_reading_time'   => array( 'atlas_single', 'checkbox', esc_html__( 'Visa lästid', 'atlas' ) ),
		'single_updated_notice' => array( 'atlas_single', 'checkbox', esc_html__( 'Visa ”Uppdaterad” när inlägget ändrats', 'atlas' ) ),
		'single_toc'            => array( 'atlas_single', 'checkbox', esc_html__( 'Visa innehållsförteckning', 'atlas' ) ),
		'toc_min_headings'      => array( 'atlas_single', 'number', esc_html__( 'Minsta antal rubriker för innehållsförteckning', 'atlas' ) ),
		'single_tags'           => array( 'atlas_single', 'checkbox', esc_html__( 'Visa etiketter', 'atlas' ) ),
		'single_share'          => array( 'atlas_single', 'checkbox', esc_html__( 'Visa delningslänkar', 'atlas' ) ),
		'single_author_box'     => array( 'atlas_single', 'checkbox', esc_html__( 'Visa författarruta', 'atlas' ) ),
		'single_post_nav'       => array( 'atlas_single', 'checkbox', esc_html__( 'Visa länkar till föregående/nästa inlägg', 'atlas' ) ),
		'single_related'        => array( 'atlas_single', 'checkbox', esc_html__( 'Visa relaterade inlägg', 'atlas' ) ),
		'related_count'         => array( 'atlas_single', 'number', esc_html__( 'Antal relaterade inlägg', 'atlas' ) ),
		'single_newsletter'     => array( 'atlas_single', 'checkbox', esc_html__( 'Visa nyhetsbrevsruta', 'atlas' ) ),
		'schema_markup'         => array( 'atlas_single', 'checkbox', esc_html__( 'Skriv ut strukturerad data (JSON-LD)', 'atlas' ) ),
		'newsletter_title'      => array( 'atlas_newsletter', 'text', esc_html__( 'Rubrik', 'atlas' ) ),
		'newsletter_text'       => array( 'atlas_newsletter', 'textarea', esc_html__( 'Text', 'atlas' ) ),
		'newsletter_button'     => array( 'atlas_newsletter', 'text', esc_html__( 'Knapptext', 'atlas' ) ),
		'newsletter_url'        => array( 'atlas_newsletter', 'url', esc_html__( 'Länk till anmälan (lämna tomt för RSS-flödet)', 'atlas' ) ),
		'footer_copyright'      => array( 'atlas_footer', 'textarea', esc_html__( 'Copyrighttext (lämna tomt för standardtext)', 'atlas' ) ),
		'scroll_to_top'         => array( 'atlas_footer', 'checkbox', esc_html__( 'Visa ”Till toppen”-länk', 'atlas' ) ),
	);

	foreach ( $controls as $key => $control ) {
		list( $section, $type, $label ) = $control;

		switch ( $type ) {
			case 'checkbox':
				$sanitize = 'atlas_sanitize_checkbox';
				break;
			case 'select':
				$sanitize = 'atlas_sanitize_choice';
				break;
			case 'number':
				$sanitize = 'absint';
				break;
			case 'url':
				$sanitize = 'esc_url_raw';
				break;
			case 'textarea':
				$sanitize = 'wp_kses_post';
				break;
			default:
				$sanitize = 'sanitize_text_field';
		}

		$wp_customize->add_setting(
			'atlas_' . $key,
			array(
				'default'           => isset( $defaults[ $key ] ) ? $defaults[ $key ] : '',
				'sanitize_callback' => $sanitize,
			)
		);

		$args = array(
			'label'   => $label,
			'section' => $section,
			'type'    => $type,
		);
		if ( isset( $control[3] ) ) {
			$args['choices'] = $control[3];
		}

		$wp_customize->add_control( 'atlas_' . $key, $args );
	}

	$wp_customize->add_setting(
		'atlas_accent_color',
		array(
			'default'           => $defaults['accent_color'],
			'sanitize_callback' => 'sanitize_hex_color',
		)
	);
	$wp_customize->add_control(
		new WP_Customize_Color_Control(
			$wp_customize,
			'atlas_accent_color',
			array(
				'label'   => esc_html__( 'Accentfärg', 'atlas' ),
				'section' => 'atlas_layout',
			)
		)
	);
}
add_action( 'customize_register', 'atlas_customize_register' );
