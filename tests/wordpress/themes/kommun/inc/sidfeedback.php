<?php
/**
 * "Var sidan till hjälp?" – enkel sidfeedback som sparas i postmeta.
 *
 * @package Kommun
 */

function kommun_hantera_sidfeedback() {
	$post_id = isset( $_POST['sida'] ) ? absint( $_POST['sida'] ) : 0;

	if ( ! $post_id || ! isset( $_POST['_kommun_nonce'] ) || ! wp_verify_nonce( sanitize_key( $_POST['_kommun_nonce'] ), 'kommun_sidfeedback_' . $post_id ) ) {
		wp_safe_redirect( home_url( '/' ) );
		exit;
	}

	$svar = ( isset( $_POST['hjalp'] ) && 'ja' === $_POST['hjalp'] ) ? 'ja' : 'nej';
	$nyckel = '_kommun_feedback_' . $svar;
	update_post_meta( $post_id, $nyckel, (int) get_post_meta( $post_id, $nyckel, true ) + 1 );

	if ( 'nej' === $svar && ! empty( $_POST['kommentar'] ) ) {
		add_post_meta( $post_id, '_kommun_feedback_text', sanitize_textarea_field( wp_unslash( $_POST['kommentar'] ) ) );
	}

	wp_safe_redirect( add_query_arg( 'tack', '1', get_permalink( $post_id ) ) . '#sidfeedback' );
	exit;
}
add_action( 'admin_post_kommun_sidfeedback', 'kommun_hantera_sidfeedback' );
add_action( 'admin_post_nopriv_kommun_sidfeedback', 'kommun_hantera_sidfeedback' );
