<?php
/**
 * Anpassaren: toppfält och annonser.
 *
 * @package Tidning
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * @param WP_Customize_Manager $wp_customize Anpassaren.
 */
function tidning_customize_register( $wp_customize ) {
	$wp_customize->add_section( 'tidning_header', array(
		'title'    => __( 'Tidning: Sidhuvud', 'tidning' ),
		'priority' => 30,
	) );

	$wp_customize->add_setting( 'tidning_top_date_format', array(
		'default'           => 'l j F Y',
		'sanitize_callback' => 'sanitize_text_field',
	) );
	$wp_customize->add_control( 'tidning_top_date_format', array(
		'label'   => __( 'Datumformat i toppfältet', 'tidning' ),
		'section' => 'tidning_header',
		'type'    => 'text',
	) );

	$wp_customize->add_setting( 'tidning_weather_city', array(
		'default'           => 'Stockholm',
		'sanitize_callback' => 'sanitize_text_field',
	) );
	$wp_customize->add_control( 'tidning_weather_city', array(
		'label'   => __( 'Ort för vädret', 'tidning' ),
		'section' => 'tidning_header',
		'type'    => 'text',
	) );

	$wp_customize->add_setting( 'tidning_show_ads', array(
		'default'           => true,
		'sanitize_callback' => 'wp_validate_boolean',
	) );
	$wp_customize->add_control( 'tidning_show_ads', array(
		'label'   => __( 'Visa annonsplatser', 'tidning' ),
		'section' => 'tidning_header',
		'type'    => 'checkbox',
	) );

	$wp_customize->add_setting( 'tidning_footer_text', array(
		'default'           => '',
		'sanitize_callback' => 'sanitize_textarea_field',
	) );
	$wp_customize->add_control( 'tidning_footer_text', array(
		'label'   => __( 'Text i sidfoten (Om oss)', 'tidning' ),
		'section' => 'tidning_header',
		'type'    => 'textarea',
	) );
}
add_action( 'customize_register', 'tidning_customize_register' );
