<?php
/**
 * Kommentarer. Trackbacks och pingbacks listas för sig, ovanför kommentarerna.
 */

if ( ! empty( $_SERVER['SCRIPT_FILENAME'] ) && 'comments.php' == basename( $_SERVER['SCRIPT_FILENAME'] ) ) {
	die( 'Ladda inte den här sidan direkt. Tack!' );
}

if ( post_password_required() ) : ?>
	<p class="nocomments"><?php _e( 'Det här inlägget är lösenordsskyddat. Ange lösenordet för att se kommentarerna.', 'almanacka' ); ?></p>
<?php
	return;
endif;
?>

<!-- Här börjar kommentarerna -->
<div id="commentsbox">

<?php if ( have_comments() ) : ?>

	<?php if ( ! empty( $comments_by_type['pings'] ) ) : ?>
	<h3 id="pings"><?php _e( 'Trackbacks och pingbacks', 'almanacka' ); ?></h3>
	<ol class="pinglist">
		<?php wp_list_comments( array(
			'type'     => 'pings',
			'callback' => 'almanacka_ping',
		) ); ?>
	</ol>
	<?php endif; ?>

	<?php if ( ! empty( $comments_by_type['comment'] ) ) : ?>
	<h3 id="comments"><?php comments_number( __( 'Inga kommentarer', 'almanacka' ), __( 'En kommentar', 'almanacka' ), __( '% kommentarer', 'almanacka' ) ); ?> <?php _e( 'till', 'almanacka' ); ?> &#8221;<?php the_title(); ?>&#8221;</h3>

	<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : ?>
	<div class="navigation comment-navigation">
		<div class="alignleft"><?php previous_comments_link( __( '&laquo; Äldre kommentarer', 'almanacka' ) ); ?></div>
		<div class="alignright"><?php next_comments_link( __( 'Nyare kommentarer &raquo;', 'almanacka' ) ); ?></div>
	</div>
	<?php endif; ?>

	<ol class="commentlist">
		<?php wp_list_comments( array(
			'type'     => 'comment',
			'callback' => 'almanacka_comment',
		) ); ?>
	</ol>
	<?php endif; ?>

	<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : ?>
	<div class="navigation comment-navigation">
		<div class="alignleft"><?php previous_comments_link( __( '&laquo; Äldre kommentarer', 'almanacka' ) ); ?></div>
		<div class="alignright"><?php next_comments_link( __( 'Nyare kommentarer &raquo;', 'almanacka' ) ); ?></div>
	</div>
	<?php endif; ?>

	<?php if ( ! comments_open() && post_type_supports( get_post_type(), 'comments' ) ) : ?>
	<p class="nocomments"><?php _e( 'Kommentarer är avstängda.', 'almanacka' ); ?></p>
	<?php endif; ?>

<?php else : // inga kommentarer ännu ?>

	<?php if ( comments_open() ) : ?>
	<!-- Kommentarer är öppna men ingen har skrivit något ännu. -->
	<?php elseif ( ! is_page() && post_type_supports( get_post_type(), 'comments' ) ) : ?>
	<p class="nocomments"><?php _e( 'Kommentarer är avstängda.', 'almanacka' ); ?></p>
	<?php endif; ?>

<?php endif; ?>

<?php comment_form( almanacka_comment_form_args() ); ?>

</div><!-- /commentsbox -->
