<?php
/**
 * Anpassa-inställningar: informationsfält, kontaktuppgifter, öppettider, sociala medier.
 * Standardvärdena är exempeldata från byråns projektmall och ska ersättas av kunden.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

/**
 * Standardvärden för alla temainställningar.
 *
 * @return array<string,string>
 */
function ledger_option_defaults() {
	return array(
		'ledger_alert_enabled'    => '1',
		'ledger_alert_type'       => 'info',
		'ledger_alert_title'      => __( 'Driftinformation', 'ledger' ),
		'ledger_alert_text'       => __( 'Planerat avbrott i varmvattnet på Björkvägen 2–14 tisdag kl. 8–12. Felanmälan är öppen dygnet runt.', 'ledger' ),
		'ledger_alert_link'       => home_url( '/hyresgast/driftinformation/' ),
		'ledger_mypages_url'      => home_url( '/mina-sidor/' ),
		'ledger_company_name'     => get_bloginfo( 'name' ),
		'ledger_company_tagline'  => __( 'Vi är kommunens bostadsbolag. Vi bygger, förvaltar och hyr ut trygga hem för alla skeden i livet.', 'ledger' ),
		'ledger_visit_address'    => __( "Storgatan 12\n123 45 Exempelstad", 'ledger' ),
		'ledger_postal_address'   => __( "Box 123\n123 21 Exempelstad", 'ledger' ),
		'ledger_phone'            => '010-123 45 00',
		'ledger_phone_emergency'  => '010-123 45 99',
		'ledger_email'            => 'kundtjanst@example.se',
		'ledger_hours'            => __( "Måndag–torsdag 8.00–16.00\nFredag 8.00–15.00\nLunchstängt 12.00–13.00", 'ledger' ),
		'ledger_org_number'       => '556000-0000',
		'ledger_facebook'         => 'https://www.facebook.com/',
		'ledger_instagram'        => 'https://www.instagram.com/',
		'ledger_linkedin'         => 'https://www.linkedin.com/',
		'ledger_youtube'          => 'https://www.youtube.com/',
		'ledger_author_role'      => __( 'VD', 'ledger' ),
		'ledger_blog_intro'       => __( 'Här skriver vår VD om bostadsbyggande, hållbarhet och livet i våra områden. Välkommen att kommentera!', 'ledger' ),
	);
}

/**
 * Hämta en temainställning med byråns standardvärde som reserv.
 *
 * @param string $key Nyckel.
 * @return string
 */
function ledger_option( $key ) {
	$defaults = ledger_option_defaults();
	$default  = isset( $defaults[ $key ] ) ? $defaults[ $key ] : '';
	return (string) get_theme_mod( $key, $default );
}

/**
 * Registrera inställningarna.
 *
 * @param WP_Customize_Manager $wp_customize Anpassaren.
 */
function ledger_customize_register( $wp_customize ) {
	$defaults = ledger_option_defaults();

	$wp_customize->add_panel(
		'ledger_panel',
		array(
			'title'    => __( 'Ledger – webbplatsinställningar', 'ledger' ),
			'priority' => 30,
		)
	);

	$sections = array(
		'ledger_alert'   => __( 'Informationsfält (kris/drift)', 'ledger' ),
		'ledger_contact' => __( 'Kontaktuppgifter & öppettider', 'ledger' ),
		'ledger_social'  => __( 'Sociala medier', 'ledger' ),
		'ledger_blog'    => __( 'VD-bloggen', 'ledger' ),
	);
	foreach ( $sections as $id => $title ) {
		$wp_customize->add_section(
			$id,
			array(
				'title' => $title,
				'panel' => 'ledger_panel',
			)
		);
	}

	$fields = array(
		'ledger_alert_enabled'   => array( 'ledger_alert', __( 'Visa informationsfältet', 'ledger' ), 'checkbox' ),
		'ledger_alert_type'      => array( 'ledger_alert', __( 'Typ', 'ledger' ), 'select' ),
		'ledger_alert_title'     => array( 'ledger_alert', __( 'Rubrik', 'ledger' ), 'text' ),
		'ledger_alert_text'      => array( 'ledger_alert', __( 'Text', 'ledger' ), 'textarea' ),
		'ledger_alert_link'      => array( 'ledger_alert', __( 'Länk (valfri)', 'ledger' ), 'url' ),
		'ledger_mypages_url'     => array( 'ledger_contact', __( 'Adress till Mina sidor', 'ledger' ), 'url' ),
		'ledger_company_name'    => array( 'ledger_contact', __( 'Bolagets namn', 'ledger' ), 'text' ),
		'ledger_company_tagline' => array( 'ledger_contact', __( 'Kort text i sidfoten', 'ledger' ), 'textarea' ),
		'ledger_visit_address'   => array( 'ledger_contact', __( 'Besöksadress', 'ledger' ), 'textarea' ),
		'ledger_postal_address'  => array( 'ledger_contact', __( 'Postadress', 'ledger' ), 'textarea' ),
		'ledger_phone'           => array( 'ledger_contact', __( 'Telefon kundtjänst', 'ledger' ), 'text' ),
		'ledger_phone_emergency' => array( 'ledger_contact', __( 'Telefon jour', 'ledger' ), 'text' ),
		'ledger_email'           => array( 'ledger_contact', __( 'E-post', 'ledger' ), 'email' ),
		'ledger_hours'           => array( 'ledger_contact', __( 'Öppettider (en rad per dag)', 'ledger' ), 'textarea' ),
		'ledger_org_number'      => array( 'ledger_contact', __( 'Organisationsnummer', 'ledger' ), 'text' ),
		'ledger_facebook'        => array( 'ledger_social', 'Facebook', 'url' ),
		'ledger_instagram'       => array( 'ledger_social', 'Instagram', 'url' ),
		'ledger_linkedin'        => array( 'ledger_social', 'LinkedIn', 'url' ),
		'ledger_youtube'         => array( 'ledger_social', 'YouTube', 'url' ),
		'ledger_author_role'     => array( 'ledger_blog', __( 'Standardbefattning i kontaktpersonkortet', 'ledger' ), 'text' ),
		'ledger_blog_intro'      => array( 'ledger_blog', __( 'Ingress på bloggens startsida', 'ledger' ), 'textarea' ),
	);

	foreach ( $fields as $key => $field ) {
		list( $section, $label, $type ) = $field;

		switch ( $type ) {
			case 'url':
				$sanitize = 'esc_url_raw';
				break;
			case 'email':
				$sanitize = 'sanitize_email';
				break;
			case 'textarea':
				$sanitize = 'sanitize_textarea_field';
				break;
			case 'checkbox':
				$sanitize = 'ledger_sanitize_checkbox';
				break;
			case 'select':
				$sanitize = 'ledger_sanitize_alert_type';
				break;
			default:
				$sanitize = 'sanitize_text_field';
		}

		$wp_customize->add_setting(
			$key,
			array(
				'default'           => $defaults[ $key ],
				'sanitize_callback' => $sanitize,
			)
		);

		$control = array(
			'label'   => $label,
			'section' => $section,
			'type'    => $type,
		);
		if ( 'select' === $type ) {
			$control['choices'] = array(
				'info'   => __( 'Information (blå)', 'ledger' ),
				'warning' => __( 'Driftstörning (gul)', 'ledger' ),
				'crisis' => __( 'Kris (röd)', 'ledger' ),
			);
		}
		$wp_customize->add_control( $key, $control );
	}
}
add_action( 'customize_register', 'ledger_customize_register' );

/**
 * @param mixed $value Värde.
 * @return string
 */
function ledger_sanitize_checkbox( $value ) {
	return $value ? '1' : '';
}

/**
 * @param string $value Värde.
 * @return string
 */
function ledger_sanitize_alert_type( $value ) {
	return in_array( $value, array( 'info', 'warning', 'crisis' ), true ) ? $value : 'info';
}
