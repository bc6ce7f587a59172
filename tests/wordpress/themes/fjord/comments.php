<?php
/**
 * Kommentarsmallen: kommentarer, pingbacks och kommentarsformuläret.
 *
 * @package Fjord
 */

if ( post_password_required() ) : ?>
	<p class="nocomments"><?php esc_html_e( 'Inlägget är lösenordsskyddat. Ange lösenordet för att läsa kommentarerna.', 'fjord' ); ?></p>
	<?php
	return;
endif;
?>

<div id="comments">

<?php if ( have_comments() ) : ?>

	<?php $fjord_comment_count = (int) get_comments_number(); ?>
	<h3 id="comments-title">
		<?php
		printf(
			/* translators: 1: antal kommentarer, 2: inläggets rubrik */
			esc_html( _n( '%1$s kommentar till ”%2$s”', '%1$s kommentarer till ”%2$s”', $fjord_comment_count, 'fjord' ) ),
			esc_html( number_format_i18n( $fjord_comment_count ) ),
			esc_html( get_the_title() )
		);
		?>
	</h3>

	<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : ?>
	<div class="navigation comment-navigation" id="comment-nav-above">
		<div class="alignleft"><?php previous_comments_link( __( '&laquo; Äldre kommentarer', 'fjord' ) ); ?></div>
		<div class="alignright"><?php next_comments_link( __( 'Nyare kommentarer &raquo;', 'fjord' ) ); ?></div>
	</div>
	<?php endif; ?>

	<div class="commentlist">
		<?php
		wp_list_comments( array(
			'style'        => 'div',
			'callback'     => 'fjord_comment',
			'end-callback' => 'fjord_comment_end',
		) );
		?>
	</div><!-- .commentlist -->

	<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : ?>
	<div class="navigation comment-navigation" id="comment-nav-below">
		<div class="alignleft"><?php previous_comments_link( __( '&laquo; Äldre kommentarer', 'fjord' ) ); ?></div>
		<div class="alignright"><?php next_comments_link( __( 'Nyare kommentarer &raquo;', 'fjord' ) ); ?></div>
	</div>
	<?php endif; ?>

<?php endif; // have_comments() ?>

<?php if ( ! comments_open() && get_comments_number() && post_type_supports( get_post_type(), 'comments' ) ) : ?>
	<p class="nocomments"><?php esc_html_e( 'Kommentarer är stängda.', 'fjord' ); ?></p>
<?php endif; ?>

<?php
comment_form( array(
	'title_reply'          => __( 'Lämna en kommentar', 'fjord' ),
	/* translators: %s: namnet på den som besvaras */
	'title_reply_to'       => __( 'Svara %s', 'fjord' ),
	'cancel_reply_link'    => __( 'Avbryt svar', 'fjord' ),
	'label_submit'         => __( 'Skicka kommentar', 'fjord' ),
) );
?>

</div><!-- #comments -->
