<?php
/**
 * Kommentarerna och kommentarsformuläret.
 *
 * @package Quill
 */

// Lösenordsskyddat inlägg: inga kommentarer förrän lösenordet är angivet.
if ( post_password_required() ) : ?>
	<p class="nocomments"><?php _e( 'Det här inlägget är lösenordsskyddat. Ange lösenordet för att se kommentarerna.', 'quill' ); ?></p>
	<?php
	return;
endif;
?>

<div id="commentsblock">
<?php if ( have_comments() ) : ?>
	<?php
	// Vanliga kommentarer för sig, trackbacks och pingbacks för sig.
	$quill_comments_by_type = separate_comments( $comments );
	$quill_paged_comments   = ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) );
	?>

	<h3 id="comments">
		<?php
		$quill_count = (int) get_comments_number();
		printf(
			/* translators: 1: antal kommentarer, 2: inläggets rubrik */
			esc_html( _n( '%1$s kommentar till &#8221;%2$s&#8221;', '%1$s kommentarer till &#8221;%2$s&#8221;', $quill_count, 'quill' ) ),
			number_format_i18n( $quill_count ),
			get_the_title()
		);
		?>
	</h3>

	<?php if ( $quill_paged_comments ) : ?>
	<div class="navigation comment-navigation">
		<div class="alignleft"><?php previous_comments_link( __( '&laquo; Äldre kommentarer', 'quill' ) ); ?></div>
		<div class="alignright"><?php next_comments_link( __( 'Nyare kommentarer &raquo;', 'quill' ) ); ?></div>
	</div>
	<?php endif; ?>

	<?php if ( ! empty( $quill_comments_by_type['comment'] ) ) : ?>
	<ol class="commentlist">
		<?php
		wp_list_comments(
			array(
				'type'     => 'comment',
				'style'    => 'ol',
				'callback' => 'quill_comment',
			)
		);
		?>
	</ol>
	<?php endif; ?>

	<?php if ( $quill_paged_comments ) : ?>
	<div class="navigation comment-navigation">
		<div class="alignleft"><?php previous_comments_link( __( '&laquo; Äldre kommentarer', 'quill' ) ); ?></div>
		<div class="alignright"><?php next_comments_link( __( 'Nyare kommentarer &raquo;', 'quill' ) ); ?></div>
	</div>
	<?php endif; ?>

	<?php if ( ! empty( $quill_comments_by_type['pings'] ) ) : ?>
	<h3 id="pings"><?php _e( 'Trackbacks och pingbacks', 'quill' ); ?></h3>
	<ol class="pinglist">
		<?php
		wp_list_comments(
			array(
				'type'     => 'pings',
				'style'    => 'ol',
				'callback' => 'quill_ping',
			)
		);
		?>
	</ol>
	<?php endif; ?>

<?php endif; // have_comments() ?>

<?php if ( ! comments_open() && post_type_supports( get_post_type(), 'comments' ) ) : ?>
	<p class="nocomments"><?php _e( 'Kommentarer är stängda.', 'quill' ); ?></p>
<?php endif; ?>

<?php
comment_form(
	array(
		'title_reply'          => __( 'Skriv en kommentar', 'quill' ),
		/* translators: %s: namnet på den man svarar */
		'title_reply_to'       => __( 'Svara %s', 'quill' ),
		'cancel_reply_link'    => __( 'Avbryt svar', 'quill' ),
		'label_submit'         => __( 'Skicka kommentar', 'quill' ),
		'comment_notes_before' => '<p class="comment-notes"><small>' . __( 'Din e-postadress kommer inte att publiceras.', 'quill' ) . '</small></p>',
		'comment_field'        => '<p class="comment-form-comment"><label for="comment" class="hidden">' . __( 'Kommentar', 'quill' ) . '</label><textarea name="comment" id="comment" cols="58" rows="10" maxlength="65525" aria-required="true"></textarea></p>',
	)
);
?>
</div>
