<?php
/**
 * Muffin Builder | frontend print (mfn_builder_print)
 *
 * Theme Options > Global > "Content Builder & WordPress Editor Content
 * order" is set to "WordPress Editor first" on this site, so the editor
 * content (section.the_content) comes first and the builder sections the
 * communications team adds to every news post follow it.
 *
 * @package Betheme
 * @author Muffin group
 */

$mfn_post_id = get_the_ID();
$mfn_class   = get_post_field( 'post_content', $mfn_post_id ) ? 'has_content' : 'no_content';

// WordPress Editor Content ---------------------------------
echo '<div class="section the_content ' . esc_attr( $mfn_class ) . '">';
	echo '<div class="section_wrapper">';
		echo '<div class="the_content_wrapper">';
			the_content();
		echo '</div>';
	echo '</div>';
echo '</div>';

// Content Builder -------------------------------------
if ( ! post_password_required() && 'post' === get_post_type() ) {

	$mfn_uid = substr( md5( 'mfn' . $mfn_post_id ), 0, 9 );

	$mfn_wraps = array(
		array(
			'uid'  => substr( md5( 'w1' . $mfn_post_id ), 0, 9 ),
			'item' => substr( md5( 'i1' . $mfn_post_id ), 0, 9 ),
			'html' => '<h4>Presskontakt</h4><p>Har du frågor om innehållet i det här inlägget? Kontakta vår kommunikationsavdelning.</p><p>Telefon: <a href="tel:+4669012340">0690-123 40</a><br />E-post: <a href="mailto:press@example.se">press@example.se</a></p>',
		),
		array(
			'uid'  => substr( md5( 'w2' . $mfn_post_id ), 0, 9 ),
			'item' => substr( md5( 'i2' . $mfn_post_id ), 0, 9 ),
			'html' => '<h4>Söker du bostad?</h4><p>Vi har lägenheter i alla storlekar, från ettor i centrum till radhus med egen trädgård. Ställ dig i bostadskön redan i dag – det är gratis.</p><p><a class="button button_theme button_js" href="' . esc_url( home_url( '/' ) ) . '#bostadskon"><span class="button_label">Ställ dig i kö</span></a></p>',
		),
	);

	echo '<div class="section mcb-section mcb-section-' . esc_attr( $mfn_uid ) . ' no-margin-h" style="padding-top:40px;padding-bottom:20px;background-color:#f4f6f7">';
		echo '<div class="section_wrapper mcb-section-inner">';
		foreach ( $mfn_wraps as $mfn_wrap ) {
			echo '<div class="wrap mcb-wrap mcb-wrap-' . esc_attr( $mfn_wrap['uid'] ) . ' one-second  valign-top clearfix" style="">';
				echo '<div class="mcb-wrap-inner">';
					echo '<div class="column mcb-column mcb-item-' . esc_attr( $mfn_wrap['item'] ) . ' one column_column  column-margin-">';
						echo '<div class="column_attr clearfix" style="">' . $mfn_wrap['html'] . '</div>';
					echo '</div>';
				echo '</div>';
			echo '</div>';
		}
		echo '</div>';
	echo '</div>';
}
